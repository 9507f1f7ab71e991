# Cairo summit denounces Turkish-Libyan maritime border agreement
FM = "Sameh Shoukry, Nikos Dendias, Nikos Christodoulides and Jean-Yves Le Drian"
ATTS = [
    # 'denounced the memoranda' (evaluative verb + noun phrase) is not annotated
    A("They", "concluded",
      "the November 27 maritime border agreement between Turkey and Libya is \"null and void\" and \"infringes upon the sovereign rights of third states, does not comply with the Law of the Sea and cannot produce any legal consequences\"",
      "mixed", FM, ctx="They concluded"),
    A("They", "called on", "Turkey to halt their drilling operations within the EEZ of Cyprus", "indirect", FM,
      ctx="They called on Turkey"),
    A("They", "deemed",
      "the agreement on sending Turkish soldiers to Libya, where a civil war is underway, goes against the United Nations Security Council resolution 2259",
      "indirect", FM, ctx="They called on Turkey"),
    A("the Turkish Ministry of Foreign Affairs", "calling",
      "the agreements \"legitimate and fully compatible with international law\"", "mixed",
      "Turkish Ministry of Foreign Affairs"),
    # stops before the writer's 'which Turkey does not recognize'
    A("they", "invited", "the countries to open dialogue, with the exception of Cyprus", "indirect",
      "Turkish Ministry of Foreign Affairs"),
    A("Turkish president Erdoğan", "called for", "a regional cooperation in the Eastern Mediterranean", "indirect",
      "Recep Tayyip Erdoğan"),
    A("Turkish president Erdoğan", "claiming",
      "a right to Turkey to have a say in projects there, based on the country's long shoreline", "indirect",
      "Recep Tayyip Erdoğan"),
    A("he", "said",
      "No project excluding our country in the Eastern Mediterranean can be implemented with regard to economic, judicial and diplomatic aspects",
      "direct", "Recep Tayyip Erdoğan", ctx="aspects\", he said"),
    A("He", "saying", "we are ready to take more [positive] steps towards those taking a single step towards us.",
      "direct", "Recep Tayyip Erdoğan", ctx="He underlined the call for cooperation by saying"),
    A("He", "claimed",
      "the Turkish drilling on Cypriot waters is only to protect Turkish and Turkish Cypriot interests", "indirect",
      "Recep Tayyip Erdoğan", ctx="He claimed the Turkish drilling"),
    A("Greek prime minister Kyriakos Mitsotakis", "called",
      "the border agreement \"null and void\" and \"geographically ridiculous\"", "mixed", "Kyriakos Mitsotakis"),
    A("he", "added",
      "The agreement assumes that our islands, including our biggest island Crete, does not have an exclusive economic zone, which goes against everything we know in international law",
      "direct", "Kyriakos Mitsotakis", ctx="international law\", he added"),
    A("He", "noted", "the Libyan House of Representatives did not ratify the demarcation", "indirect",
      "Kyriakos Mitsotakis", ctx="He also noted that"),
    A("He", "mentioned", "a possible arbitration route at the International Court of Justice", "indirect",
      "Kyriakos Mitsotakis", ctx="He also noted that"),
    A("he", "added", "The border issue is the \"main difference\" between Greece and Turkey", "mixed",
      "Kyriakos Mitsotakis", ctx="between Greece and Turkey, he added"),
    # borderline: an argument presented by Turkey; 'presented cases' has only a noun phrase
    A("Turkey", "justified", "the claim based on their long shoreline", "indirect", "Turkey",
      ctx="Turkey justified the claim"),
    # passive directive without an agent: the clause including the cue
    A(None, "called",
      "Italy, the proposed end point, and Egypt, which have gas fields of its own, were openly called to join",
      "indirect", None),
]

CONTRA = [
    (4, 1, "rebuttal"),           # Turkish ministry: legitimate vs ministers: null and void
]
