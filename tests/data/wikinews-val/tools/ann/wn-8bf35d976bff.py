# Argentine president Fernández to send bill legalising abortion to National Congress within 10 days
ATTS = [
    A("President of Argentina Alberto Fernández", "announced",
      "he is to send a bill to the congress in the next ten days which aims to legalise abortion of human pregnancy",
      "indirect", "Alberto Fernández"),
    A("The president", "called", "it \"a matter of public health\"", "mixed", "Alberto Fernández"),
    A("Fernández", "said",
      "[W]ithin the next 10 days, I will present a bill for the voluntary interruption of pregnancy that legalises abortion at the initial time of pregnancy and allows women to access the health system when they make the decision to abort",
      "direct", "Alberto Fernández", ctx="\", Fernández said"),
    # 'slogans supporting the legalisation' has no proposition
    A("Fernández", "said",
      "the law has \"condemned many women, generally of limited resources, to resort to abortive practices in absolute secrecy, putting their health and sometimes their lives at risk\"",
      "mixed", "Alberto Fernández", ctx="Fernández said the law"),
    A("Estimates by the Argentinian government", "state",
      "about 350 thousand illegal abortions are carried out in the country each year", "indirect",
      "Government of Argentina"),
    # the Spanish translations after the quotes are not part of the content
    A("President Fernández", "Saying", "there are many abortions despite the criminal threat", "direct",
      "Alberto Fernández"),
    A("President Fernández", "elaborated",
      "A state that is present must protect citizens in general and obviously women in particular. And in the 21st Century, every society needs to respect the individual choice of its members to decide freely about their bodies",
      "direct", "Alberto Fernández"),
    A("the director of Argentina's Amnesty International, Mariela Belski", "said",
      "the president had \"heard the demands of women, adolescents and girls\"", "mixed", "Mariela Belski"),
    # 'was criticised by archbishop ...' (evaluative, noun phrase) is not annotated
    A("the archbishop", "Calling", "it a \"culture of death\"", "mixed", "Jorge Eduardo Scheinig"),
    A("the archbishop", "said", "We need to pray so that in Argentina, the yes to life is stronger than death.",
      "direct", "Jorge Eduardo Scheinig", ctx="the archbishop said"),
]
