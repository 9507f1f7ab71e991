# World leaders call to address Amazon rainforest fires at G7
ATTS = [
    # 'what he named' lies inside the content and is not annotated separately
    A("French President Emmanuel Macron", "called for",
      "G7 action to correct what he named the international crisis of wildfires currently destroying Amazon rainforest in and around Brazil",
      "indirect", "Emmanuel Macron"),
    # passive with a by-agent: the clause up to the agent ('The call' = Macron's call for G7 action)
    A("German Chancellor Angela Merkel and British Prime Minister Boris Johnson", "seconded",
      "The call was quickly seconded", "indirect", "Angela Merkel and Boris Johnson"),
    A("Macron", "told",
      "Our house is burning. Literally. The Amazon rainforest — the lungs which produces 20 percent of our planet's oxygen — is on fire. It is an international crisis. Members of the G7 Summit, let's discuss this emergency first order in two days!",
      "direct", "Emmanuel Macron", ctx="Macron told the world"),
    # 'seconded' with a propositional complement; the passive 'The call was quickly seconded by ...' has only a noun phrase
    A("Merkel", "seconded", "the fires be added to the agenda", "indirect", "Angela Merkel"),
    # quote interrupted by its attribution: one attribution
    A("Johnson", "tweeted",
      "We stand ready\" tweeted Johnson \"to provide whatever help we can to bring them under control and help protect one of Earth's greatest wonders.",
      "direct", "Boris Johnson"),
    A("Brazilian President Jair Bolsonaro", "opposed",
      "The French president's suggestion that Amazon issues be discussed at the G-7 without participation by the countries in the region evokes a colonialist mentality that is out of place in the 21st century[.]",
      "direct", "Jair Bolsonaro"),
    A("Brazil's National Institute for Space Research", "reported",
      "there have been 85% more wildfires in Brazil in 2019 than there were in 2018", "indirect",
      "National Institute for Space Research"),
    A("Bolsonaro", "said",
      "the Amazon rainforest should be opened up to agriculture, amongst other economic uses", "indirect",
      "Jair Bolsonaro", ctx="Bolsonaro has said publicly"),
    A("his critics, which include non-governmental environmental activism group Greenpeace", "blame",
      "him for encouraging farmers and agrobusiness to set fires", "indirect", None),
    A("Experts", "attribute", "this to human activity", "indirect", None),
    A("Amazon Environmental Research Institute Director Ane Alencar", "said",
      "This year we do not have an extreme drought, as there was in 2015 and 2016 [...] In 2017 and 2018 we had a sufficient rainy season. In 2019, we have no weather events that affect droughts, such as El Niño [...] There's no way the weather can explain this increase.",
      "direct", "Ane Alencar"),
]

CONTRA = [
    (6, 1, "rebuttal"),           # Bolsonaro opposes Macron's call for G7 action
]
