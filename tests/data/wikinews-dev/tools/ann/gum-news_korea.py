# North Korea puts military in 'quasi-state of war'
ATTS = [
    # relay: Yonhap quoting KCNA
    A("North Korea's main news agency Korean Central News Agency (KCNA)", "quoting",
      "the country's military has been placed on high alert and has been told to prepare a \"quasi-state of war\"",
      "mixed", "Korean Central News Agency", via="Yonhap news agency"),
    A("KCNA", "said",
      "War maniacs of the South Korean puppet military made another grave provocation to the DPRK in the central western sector of the front on Thursday afternoon. They perpetrated such reckless action as firing 36 shells at KPA civil police posts under the absurd pretext that the KPA fired one shell at the south side. Six shells of them hit the area near KPA civil police posts 542 and 543 and other 15 shells fell near KPA civil police posts 250 and 251",
      "direct", "Korean Central News Agency", ctx="said KCNA"),
    A("it", "added", "Foolhardy provocation deserves harsh punishment", "direct", "Korean Central News Agency",
      ctx="it added"),
    # second quote governed by the same 'added' ('and, later, "..."')
    A("it", "added",
      "Kim Jong-un issued an order of the supreme commander of the Korean People's Army [KPA] that the front-line large combined units of the KPA should enter a wartime state to be fully battle ready to launch surprise operations",
      "direct", "Korean Central News Agency", ctx="it added"),
    A("KCNA", "added",
      "Commanders of the Korean People's Army were hastily dispatched to the front-line troops to command military operations to destroy psychological warfare tools if the enemy does not stop the propaganda broadcast within 48 hours and prepare against the enemy's possible counteractions",
      "direct", "Korean Central News Agency", ctx="added KCNA"),
    A("South Korea", "says", "the broadcasts will continue", "indirect", "South Korea",
      ctx="South Korea says"),
    A("North Korea", "stated",
      "it would attack any loudspeakers broadcasting propaganda and would respond, militarily, within 48 hours if the broadcasts do not stop",
      "indirect", "North Korea", ctx="North Korea stated"),
]
