# United States military kills Qasem Soleimani
ATTS = [
    A("The United States", "called", "its actions defensive in nature", "indirect", "United States",
      ctx="The United States called its actions"),
    # 'pointing to X as an example of Y': a characterisation
    A("The United States", "pointing to",
      "the December 31 attack on the United States Embassy in Baghdad as an example of the attacks on U.S. citizens that Soleimani took part in",
      "indirect", "United States", ctx="The United States called its actions defensive in nature, pointing to"),
    # relay: the newspaper reports what unnamed groups said
    A("local paramilitary groups", "reported", "the attack consisted of three rockets launched from helicopters",
      "indirect", None, via="The Daily Telegraph"),
    A("the United States Department of Defense", "justified",
      "the strike, which was approved by President Donald Trump, as \"defensive\" in nature", "mixed",
      "United States Department of Defense"),
    # the quote after the colon takes the same cue
    A("the United States Department of Defense", "justified",
      "At the direction of the President, the U.S. military has taken decisive defensive action to protect U.S. personnel abroad by killing Qasem Soleimani, the head of the Islamic Revolutionary Guard Corps-Quds Force, a U.S.-designated Foreign Terrorist Organization. General Soleimani was actively developing plans to attack American diplomats and service members in Iraq and throughout the region. General Soleimani and his Quds Force were responsible for the deaths of hundreds of American and coalition service members and the wounding of thousands more. He had orchestrated attacks on coalition bases in Iraq over the last several months – including the attack on December 27th – culminating in the death and wounding of additional American and Iraqi personnel. General Soleimani also approved the attacks on the U.S. Embassy in Baghdad that took place this week. This strike was aimed at deterring future Iranian attack plans. The United States will continue to take all necessary action to protect our people and our interests wherever they are around the world.",
      "direct", "United States Department of Defense"),
    A("Business Insider", "reported", "the rocket strikes were carried out by sympathizers of the PMF", "indirect",
      "Business Insider"),
    A("Ahmed al-Assadi, a spokesman for the PMF", "blamed",
      "both Israel and the United States for the attack", "indirect", "Ahmed al-Assadi"),
    # 'no evidence of Israeli involvement has been reported' is an absence and is not annotated
    A("The Iranian Revolutionary Guard Corps (IRGC), which includes the Quds Force", "declared",
      "Soleimani was \"martyred\" by the airstrike", "mixed", "Islamic Revolutionary Guard Corps"),
    # 'ordered three days of public mourning' has no proposition and is not annotated
    A("he", "appreciated",
      "He was a stellar example of those educated and nurtured in Islam and the school of Imam Khomeini (ra). He spent his entire life engaging in jihad in the path of God. Martyrdom was his reward for years of implacable efforts [...] Shahid Soleymani is the international face of the resistance and all who have a heart-felt connection to the resistance seek his blood revenge.",
      "direct", "Ali Khamenei", ctx="he appreciated"),
    A("Israeli Prime Minister Benjamin Netanyahu", "found", "the air strike justified", "indirect",
      "Benjamin Netanyahu"),
    A("Israeli Prime Minister Benjamin Netanyahu", "called", "Trump's order swift, forceful and decisive", "indirect",
      "Benjamin Netanyahu"),
    A("The United States Embassy in Iraq", "advised", "U.S. citizens to leave the country immediately", "indirect",
      "United States Embassy in Iraq"),
    A("The office", "asked",
      "U.S. citizens not approach the Embassy, and if in need for travel documents, to use the consulate in Erbil",
      "indirect", "United States Embassy in Iraq"),
    A("Adil Abdul-Mahdi, the acting Prime Minister of Iraq", "calling",
      "it \"an aggression on Iraq as a state, government and people\" as well as a violation of the rules relating to the presence of United States troops in Iraq",
      "mixed", "Adil Abdul-Mahdi"),
    # designations as terrorists are characterisations (extra decision, see README)
    A("the United States government", "labeled", "Soleimani as a terrorist", "indirect", "United States government"),
    A("the United States Department of State", "designated", "the IRGC as a terrorist organization", "indirect",
      "United States Department of State"),
]

CONTRA = [
    (14, 4, "contradiction"),     # Abdul-Mahdi: an aggression on Iraq vs DoD: defensive
]
