# Queen Elizabeth agrees to suspend UK Parliament ahead of Brexit deadline
ATTS = [
    A("the United Kingdom's Queen Elizabeth II", "announced",
      "she will comply with the request of Prime Minister Boris Johnson to suspend Parliament for parts of September and October",
      "indirect", "Queen Elizabeth II"),
    A("Critics from across Britain's political spectrum", "claimed",
      "this is a move by Johnson to foil opposition to his plans for a no-deal Brexit by October 31", "indirect", None),
    # a document source: Johnson's request
    A("the request", "Per",
      "Parliament would meet briefly in early September and then not reconvene until October 14, two weeks before the current Brexit deadline",
      "indirect", "Boris Johnson", ctx="Per the request"),
    # stops before the writer's 'the same day the Queen is scheduled to give a speech'
    A("Johnson", "According to",
      "this break will allow him to develop plans for his administration, which he is to present on October 14",
      "indirect", "Boris Johnson", ctx="According to Johnson,"),
    # stops before the writer's gloss 'meaning the UK would cease to be part of the European Union ...'
    A("Johnson's critics", "According to", "this is a ploy to achieve a no-deal Brexit", "indirect", None),
    # quote + second quoted sentence after the attribution: one attribution
    A("Johnson", "said",
      "We're not going to wait until Oct. 31 before getting on with our plans to take this country forward\", Johnson said in an interview. \"This is a new government with a very exciting agenda",
      "direct", "Boris Johnson", ctx="Johnson said in an interview"),
    A("Labour Party leader Jeremy Corbyn", "called", "the move a \"smash and grab on our democracy\"", "mixed",
      "Jeremy Corbyn"),
    A("House of Commons Speaker John Bercow", "commented",
      "However it is dressed up, it is blindingly obvious that the purpose of [suspending Parliament] now would be to stop [Parliament] debating Brexit and performing its duty in shaping a course for the country.",
      "direct", "John Bercow"),
    # writer's parenthetical: the BBC characterises Bercow's commenting ('noted X as Y'; X is the relative 'which')
    A("the BBC", "noted", "an unusual move by a Speaker", "indirect", "BBC"),
    A("Prime Minister Johnson", "told",
      "Jeremy Corbyn wants to cancel the referendum and argue about Brexit for years [...] I am committed to leading our country forward and getting Britain out of the EU by October 31st.",
      "direct", "Boris Johnson"),
    A("Member of Parliament (MP) Yvette Cooper of the Labour Party", "added",
      "Boris Johnson is trying to use the Queen to concentrate power in his own hands — this is a deeply dangerous and irresponsible way to govern.",
      "direct", "Yvette Cooper"),
    A("Conservative MP Philip Hammond", "commented",
      "It would be a constitutional outrage if Parliament were prevented from holding the government to account at a time of national crisis.",
      "direct", "Philip Hammond"),
    A("the House of Commons Library", "According to",
      "in the past few decades most prorogations have been for at most two weeks", "indirect", "House of Commons Library"),
]

CONTRA = [
    (5, 4, "contradiction"),      # critics: a ploy for a no-deal Brexit vs Johnson: time to develop plans
]
