# Khashoggi's fiancee demands justice at UN General Assembly
ATTS = [
    A("Hatice Cengiz, fiancée of journalist Jamal Khashoggi", "calling for",
      "the killers of Khashoggi to be brought to justice", "indirect", "Hatice Cengiz"),
    A("television broadcaster PBS", "revealed",
      "in December, Crown Prince Mohammad bin Salman of Saudi Arabia accepted responsibility for the murder of journalist Jamal Khashoggi but did not say he'd ordered it",
      "indirect", "PBS"),
    A("he", "said",
      "It happened under my watch. I get all the responsibility, because it happened under my watch.",
      "direct", "Mohammad bin Salman", ctx="he said, \"It happened"),
    A("Reuters and NBC", "According to", "Mohammad bin Salman is the de facto Saudi ruler", "indirect",
      "Reuters and NBC"),
    A("Cengiz", "called", "Mohammad's admission a \"political maneuver.\"", "mixed", "Hatice Cengiz"),
    A("She", "explained",
      "By confessing this, he's also distancing himself from the killing of Jamal [...] He's saying that it happened under his watch but he means he is not involved in this crime.",
      "direct", "Hatice Cengiz", ctx="She explained"),
    A("she", "said",
      "His fellow journalists did their best that so no one could push this under the carpet [...] But at the end of the day, all of these efforts did not persuade world leaders to sanction Saudi Arabia. That is so sad",
      "direct", "Hatice Cengiz", ctx="Speaking to NBC News, she said"),
    # quote interrupted by its attribution
    A("Cengiz", "said",
      "What is so sad for me\", Cengiz said, \"is not seeing the punishment of the perpetrators [...] Imagine that the entire world remains silent over Jamal's killing. This silence and inertia created huge disappointment on my side.",
      "direct", "Hatice Cengiz"),
    A("Agnès Callamard, a UN rapporteur for the Office of the UN High Commissioner for Human Rights who had investigated the case",
      "cautioned", "justice does not come swiftly", "indirect", "Agnès Callamard"),
    A("she", "said",
      "True justice takes time and I know it's painful, but that's the reality of the world we live in",
      "direct", "Agnès Callamard", ctx="she said, asking Cengiz"),
    A("she", "asking", "Cengiz to be \"patient and resilient.\"", "mixed", "Agnès Callamard",
      ctx="she said, asking Cengiz"),
    A(None, "reportedly",
      "The CIA and other intelligence agencies reportedly believe the crown prince ordered Khashoggi's killing",
      "indirect", None),
    A("Callamard", "encouraged", "the CIA to release the files from their investigation", "indirect",
      "Agnès Callamard"),
    A("Saudi Arabia", "denied", "all claims that Khashoggi was slain", "indirect", "Saudi Arabia"),
    A("a UN report", "concluded",
      "evidence supported his murder and dismemberment inside the consulate by Saudi agents", "indirect",
      "United Nations"),
]

CONTRA = [
    (14, 15, "denial"),            # Saudi Arabia denied Khashoggi was slain vs UN report concluded murder
]
