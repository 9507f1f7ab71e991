# All-girl Afghan robotics team
ATTS = [
    A("Afghan Ambassador to the United States Hamdullah Mohib", "According to",
      "the participation of this team in this science competition shows progress in Afghanistan's response to nearly two decades of military conflict",
      "indirect", "Hamdullah Mohib"),
    # quotation marks around a name only: indirect
    A("the Afghan team's coach, Alireza Mehraban", "According to",
      "in their first matchup, the Afghan team's robot, named \"Better Idea of Afghan Girls,\" scored one or two points for the three-nation alliance with the Gabonese and Estonian teams",
      "indirect", "Alireza Mehraban"),
    # quote interrupted by its attribution
    A("team member Rodaba Noori", "told",
      "We are so interested because we find a big chance to show the talent and ability of Afghans,\" team member Rodaba Noori told the press, \"to show that Afghan women can make robots too and we can improve in this section — [the] robotics section. We were so interested because we hadn't long or enough time to get ready for competition but we came to United States and now we are here because of Trump intervention.",
      "direct", "Rodaba Noori"),
    A("President Donald Trump", "asked",
      "the United States National Security Council to help the girls enter the country", "indirect", "Donald Trump"),
    A("U.S. officials", "Citing", "privacy rules", "indirect", None),
    A("Afghan Ambassador Hamdullah Mohib", "says",
      "there were concerns they would attempt to remain in the United States or in Canada after the contest",
      "indirect", "Hamdullah Mohib"),
    A("Ambassador Mohib", "said", "Seventeen years ago, this would not have been possible at all", "direct",
      "Hamdullah Mohib", ctx="said Ambassador Mohib"),
    # next paragraph continues the quote without its own attribution
    A("Ambassador Mohib", "said",
      "They represent our aspirations and resilience despite having been brought up in a perpetual conflict. These girls will be proving to the world and the nation that nothing will prevent us from being an equal and active member of the international community.",
      "direct", "Hamdullah Mohib", ctx="said Ambassador Mohib"),
]
