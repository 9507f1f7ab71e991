# Frank Messina interview (GUM; unlabelled Q&A: the turns themselves are not annotated,
# attributions reported inside the answers are)
ATTS = [
    A("people", "say", "Hey Frank, my name is John", "direct", None,
      ctx="when people come up to me and introduce themselves and say, 'Hey Frank"),
    A("I", "say", "Hey John, my name is Frank", "direct", "Frank Messina", ctx="I say, 'Hey John"),
    A("someone", "says", "Frank, thank you, your work is great.", "direct", None,
      ctx="When someone comes up and says"),
    A("a telegram", "telling", "his brother was injured in the South", "indirect", None),
    # inside the reproduced poem
    A("me", "say", "in order to rise to the occasion you must be willing to go down with the ship", "direct",
      "Frank Messina", ctx="Let me say, \"in order"),
    A("The e-mail", "said",
      "Frank, I have never bothered you during the game, but I just wanted to say thank you for your work and thank you for making some sense of the successes and failures and I wish you much success with your work.",
      "direct", None),
    A("a banner", "read", "We Know", "direct", "Frank Messina", ctx="a banner that read We Know'"),
    # the nested 'Poet says' inside the shirt text is not annotated separately
    A("these shirts", "said", "Poet says We Know", "direct", None),
    A("she", "said", "Thank you, Mets Poet, thank you.", "direct", None, ctx="With tears in her eyes she said"),
    A("The back of my jersey", "says", "The Poet", "direct", None, ctx="The back of my jersey says \"The Poet'"),
]
