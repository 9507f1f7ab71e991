# Thousands march in anti-Brexit protest, London
ATTS = [
    # estimates as a source; the organizers are unnamed
    A("Estimates by event organizers", "indicate",
      "roughly one million people marched in London on Saturday during an anti-Brexit (\"British exit\") march, protesting the pending exit of the United Kingdom from the European Union (EU)",
      "indirect", None),
    # writing on objects counts (dev guideline); the dash gloss on Article 50 is the writer's
    A("placards", "asking", "the government to revoke Article 50", "indirect", None),
    A("The mayor of London, Sadiq Khan", "tweeted",
      "Here in London, thousands of people from across our city and country have come together with @peoplesvote-uk to send a clear message: Enough is enough - it's time to give the British public the final say on Brexit.",
      "direct", "Sadiq Khan"),
    A("Tom Watson", "called", "Prime Minister Theresa May's proposed Brexit deal \"lousy\"", "mixed", "Tom Watson",
      ctx="Tom Watson called"),
    A("Tom Watson", "said",
      "he would only vote for it if the British people could also vote for or against it", "indirect", "Tom Watson",
      ctx="Tom Watson called Prime Minister Theresa May's proposed Brexit deal \"lousy\" and said"),
    A("Nicola Sturgeon", "said",
      "it was \"the moment of maximum opportunity\" for stopping a no-deal Brexit", "mixed", "Nicola Sturgeon",
      ctx="Nicola Sturgeon said it was"),
    # one clause with two coordinated quoted fragments: one attribution
    A("Some of the protesters Wikinews interviewed", "said",
      "they had gone to \"defend [their] children's right to live and work in Europe\" and \"secure [their own] right to work in the EU\"",
      "mixed", None),
    A("One interviewee", "said", "people changed their minds", "indirect", None),
    A("several", "said", "they wanted the politicians to stop ignoring them", "indirect", None),
    A("One MP", "told",
      "We know that 16 million people wanted to stay in the EU, and some of those would still like to stay in the EU, and within that quite a few would like to have another go and have another referendum — but it was always a minority",
      "direct", None),
    # photo captions: banners 'saying' something; the bare "..." poster/sign captions have no cue
    A("a banner from People's Vote", "saying", "put it to the people", "direct", "People's Vote"),
    A("a banner", "saying", "united in diversity", "direct", None, ctx="People holding a banner saying"),
]
