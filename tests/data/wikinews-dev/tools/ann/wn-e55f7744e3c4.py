# Escape room fire in Koszalin, Poland
ATTS = [
    A(None, "reportedly", "over 1,000 in Poland which are especially patronised by teens", "indirect", None),
    A("President Andrzej Duda", "said",
      "the victims were \"joyful girls starting out in life [who] have had life torn away from them\" in an \"appalling tragedy\"",
      "mixed", "Andrzej Duda"),
    A("Interior Minister Joachim Brudziński", "wrote",
      "he had ordered fire safety checks on escape rooms across Poland by the State Fire Brigade", "indirect",
      "Joachim Brudziński"),
    A("He", "tweeted",
      "I want to express my sympathy and regrets to the families of the victims of the fire", "direct",
      "Joachim Brudziński"),
    A("Duda", "characterised", "the deaths as \"crushing\"", "mixed", "Andrzej Duda"),
    A("Duda", "wrote", "May God protect their parents and loved ones.", "direct", "Andrzej Duda",
      ctx="Duda also characterised the deaths as \"crushing\" and wrote"),
    A("Tomasz Kubiak, a fire service spokesman", "told",
      "the male victim is in intensive care with \"severe burns\"", "mixed", "Tomasz Kubiak"),
    A("Police press officer Monika Kosiec", "stated", "police believe him to be aged 25", "indirect", "Monika Kosiec"),
    A("Kosiec", "revealed", "police have been unable to question him", "indirect", "Monika Kosiec"),
    # relay with an unstated original source
    A(None, "reported", "all five deaths were caused by carbon monoxide poisoning", "indirect", None,
      via="State press agency PAP"),
]
