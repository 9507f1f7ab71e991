# UK Supreme Court rules prorogation of parliament unlawful
ATTS = [
    # court findings and rulings with a propositional complement are annotated (extra decision, see README)
    A("The court", "found", "it could rule on the prorogation", "indirect", "Supreme Court of the United Kingdom",
      ctx="The court found that it could rule"),
    A("The court", ("found", 1), "the prorogation to be unlawful", "indirect", "Supreme Court of the United Kingdom",
      ctx="The court found that it could rule on the prorogation, and found the prorogation to be unlawful"),
    A("The summary of the decision", "read",
      "This Court has already concluded that the Prime Minister's advice to Her Majesty was unlawful, void and of no effect. This means that the Order in Council to which it led was also unlawful, void and of no effect and should be quashed. This means that when the Royal Commissioners walked into the House of Lords it was as if they walked in with a blank sheet of paper. The prorogation was also void and of no effect. Parliament has not been prorogued. This is the unanimous judgment of all 11 Justices.",
      "direct", "Supreme Court of the United Kingdom"),
    A("the Court of Session in Scotland", "ruled", "the prorogation was unlawful", "indirect", "Court of Session"),
    A("The High Court of England and Wales", "finding",
      "the prorogation of Parliament was not a matter for the courts", "indirect", "High Court of England and Wales"),
    # quote after the colon takes the same cue
    A("The High Court of England and Wales", "finding",
      "In our view, the decision of the Prime Minister to advise Her Majesty the Queen to prorogue Parliament is not justiciable in Her Majesty’s courts.",
      "direct", "High Court of England and Wales"),
    A("Former prime minister John Major", "accused", "Johnson of misleading the Queen", "indirect", "John Major"),
    # the trailing 'as the Court of Session found' would duplicate this content span and is not annotated
    A("Former prime minister John Major", "argued",
      "the true intent of seeking prorogation was to shut down debate in parliament", "indirect", "John Major"),
    # borderline inclusion as dev w02-18 ('had one more theory'): the cue is the phrase
    A("The government", "counter-argument",
      "prorogation is a political tool given by the legislature to the executive branch", "indirect", "UK government",
      ctx="The government's counter-argument was that"),
    A("the government's lawyer, Richard Keen", "argued", "It is not for the Court to opine about the motivations",
      "indirect", "Richard Keen"),
    A("Johnson", "stated", "Britain must leave by that date with or without a deal", "indirect", "Boris Johnson",
      ctx="Johnson has repeatedly stated"),
    A(("he", 0), "said", "he remained \"cautiously optimistic\" a deal would be reached", "mixed", "Boris Johnson",
      ctx="he said he remained"),
]

CONTRA = [
    (1, 5, "contradiction"),      # Supreme Court: it can rule vs High Court: not a matter for the courts
    (9, 8, "rebuttal"),           # government's counter-argument answers Major
    (1, 10, "rebuttal"),          # the court answers Keen's argument
]
