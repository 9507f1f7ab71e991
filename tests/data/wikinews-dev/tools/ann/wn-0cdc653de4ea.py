# Car bomb attack in Maidan Wardak, Afghanistan
ATTS = [
    A(None, "reportedly", "conducted by the Taliban", "indirect", None, ctx="reportedly conducted by the Taliban"),
    A("officials", "provided",
      "Some estimated death tolls, provided anonymously by officials to journalists, exceeded 100", "indirect", None),
    A("Sharif Hotak, of the Maidan Wardak provincial council", "described",
      "witnessing 35 bodies in one hospital, with some casualties, both alive and dead, transported to Kabul",
      "indirect", "Sharif Hotak"),
    A("he", "said", "The explosion was very powerful. The whole building has collapsed", "direct", "Sharif Hotak",
      ctx="collapsed,\" he said."),
    A("Hotak", "alleged",
      "the central government are \"hiding accurate casualty figures to prevent a further dip in morale of the Afghan forces\"",
      "mixed", "Sharif Hotak"),
    A("A source within the central Interior Ministry", "said",
      "I have been told not to make the death toll figures public. It is frustrating to hide the facts[.]",
      "direct", None),
    A("The Taliban", "claimed", "responsibility", "indirect", "Taliban", ctx="The Taliban have claimed responsibility"),
    A("Taliban spokesperson Zabiullah Mujahid", "claimed", "190 were dead", "indirect", "Zabiullah Mujahid"),
    A("Reuters", "reported",
      "Monday's attack the deadliest since an assault in Ghazni in August 2018", "indirect", "Reuters"),
    A("officials", "reporting",
      "150 security forces, 95 civilians, and hundreds of Taliban killed", "indirect", None,
      ctx="with officials reporting at the time"),
    A("Abdurrahman Mangal, spokesperson for the provincial governor", "said",
      "the attack had killed twelve and injured twelve more", "indirect", "Abdurrahman Mangal"),
]

CONTRA = [
    (8, 11, "figures_differ"),     # Taliban: 190 dead vs governor's spokesperson: twelve killed
    (2, 11, "figures_differ"),     # anonymous officials: over 100 vs twelve killed
]
