# Philippines' largest television network shut down by government
ATTS = [
    A("Republic Act No. 3846, also known as the \"Radio Control Law\"", "states",
      "no person, firm, company, association, or corporation shall construct, install, establish, or operate a radio transmitting station, or radio receiving station used for commercial purposes, or a radio broadcasting station, without having first obtained a franchise therefor from the Congress of the Philippines.",
      "direct", None),
    # 'condemned the act of the NTC' is not annotated; 'citing X as Y' is a characterisation
    A("A number of Senators", "citing",
      "the move as a \"grave abuse of governmental power\" and \"contrary to law\"", "mixed", None),
    # attribution inside a relative clause: content is the relative clause including the cue
    A("they", "said", "which they've said was due to a lack of airtime", "indirect", "ABS-CBN"),
    A("he", "accused", "the network of \"swindling\"", "mixed", "Rodrigo Duterte", ctx="he accused the network"),
    A("Solicitor General Jose Calida", "accusing", "the network of violating its franchise", "indirect", "Jose Calida"),
    # 'the Senate did not find ...' is negated and not annotated
    A("ABS-CBN CEO Carlo Katigbak", "said",
      "refunds for Duterte's unaired political ads were offered, of which some were not accepted by his campaign",
      "indirect", "Carlo Katigbak"),
    A("a statement by the Presidential Spokesperson Harry Roque", "according to", "which the President accepted",
      "indirect", "Harry Roque"),
    A("the network", "claims",
      "the cease and desist order did not cover their news channel's franchise", "indirect", "ABS-CBN"),
]

CONTRA = [
    (6, 4, "rebuttal"),           # Katigbak: refunds were offered vs Duterte: "swindling"
    (3, 4, "rebuttal"),           # network: ads not carried for lack of airtime vs Duterte: "swindling"
]
