# European Court of Justice says Facebook must remove 'illegal' posts globally
ATTS = [
    # attribution inside a relative clause: content is the relative clause including the cue
    A("analysts", "say",
      "which analysts say could have far-reaching implications for regulation of content on the Internet beyond the borders of the EU",
      "indirect", None),
    # the post's comments (author unnamed) as a document source
    A("The comments", "called", "her political party facsist", "indirect", None),
    A("The comments", "termed", "her a \"corrupt oaf\" and a \"lousy traitor\"", "mixed", None),
    # block quote credited by the line '– European Court of Justice' (cue null, as labelled answers in dev w15);
    # the court's 'answers ... that' inside it is nested and not annotated; the final colon is left out
    A("European Court of Justice", None,
      "By today’s judgment, the Court of Justice answers the Oberster Gerichtshof that the Directive on electronic commerce, which seeks to strike a balance between the different interests at stake, does not preclude a court of a Member State from ordering a host provider",
      "direct", "European Court of Justice", ctx="– European Court of Justice"),
    A("the ruling", "According to",
      "a host, such as Facebook, must remove the original post as well as re-posts and posts which state essentially the same thing if it is deemed against the law",
      "indirect", "European Court of Justice"),
    A("Steve Peers of the University of Essex", "said",
      "If there's a court order to say that someone's been defamed, then Facebook has to also search for different variations of it",
      "direct", "Steve Peers"),
    A("Steve Peers of the University of Essex", "observing", "[t]here's no harmonised defamation law internationally",
      "direct", "Steve Peers"),
    A("Jennifer Daskal of American University and contributor to Slate", "wrote",
      "a single EU country (in this case Austria) could demand an online provider (in this case Facebook) to take down an objectionable post, monitor its site for equivalent content, and take down those postings as well. And it says a country could do so on a global scale, regardless of where the poster or the viewer is located. In so ruling, the court demonstrated a shocking ignorance of the technology involved and set the stage for the most censor-prone country to set global speech rules.",
      "direct", "Jennifer Daskal"),
    # relative pronoun source written as its antecedent
    A("a statement", "read",
      "This judgment raises critical questions around freedom of expression and the role that internet companies should play in monitoring, interpreting and removing speech that might be illegal in any particular country",
      "direct", "Facebook"),
    A("Facebook", "claimed",
      "It undermines the long-standing principle that one country does not have the right to impose its laws on speech on another country",
      "direct", "Facebook", ctx="Facebook further claimed"),
]
