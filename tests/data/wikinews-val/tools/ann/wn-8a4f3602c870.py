# Oil facilities in Saudi Arabia hit by drone attacks
ATTS = [
    # attribution inside a relative clause: content is the relative clause including the cue
    A("state media", "said", "which state media said were under control", "indirect", None),
    A("The Yemen-based Houthi movement", "claimed", "responsibility for the attacks", "indirect", "Houthi movement"),
    A("the Saudi Press Agency", "According to",
      "the attacks occurred at 4:00 A.M. local time (0100 UTC) and struck the largest processing plant at Abqaiq and the Khurais oil field",
      "indirect", "Saudi Press Agency"),
    # 'did not mention if there were casualties' is negated and not annotated
    A("The agency", "said", "exports were continuing", "indirect", "Saudi Press Agency"),
    A("anonymous sources", "reported", "both production and export of oil had been disrupted", "indirect", None,
      via="Reuters"),
    A("Saudi officials", "said", "5.7 million barrels of per-day production had been disrupted", "indirect", None),
    A("Houthi military spokesperson Yahya Sarea", "said", "it had carried out the attack using ten drones",
      "indirect", "Yahya Sarea"),
    A("him", "According to",
      "it was among the largest Houthi operations inside of Saudi Arabia and was accomplished with the help of \"honourable people inside the kingdom\"",
      "mixed", "Yahya Sarea"),
    A("Saree", "said",
      "These attacks are our right, and we warn the Saudis that our targets will keep expanding\", Saree said. \"We have the right to strike back in retaliation to the air strikes and the targeting of our civilians for the last five years.",
      "direct", "Yahya Sarea"),
    A("US Secretary of State Mike Pompeo", "blaming", "Iran for the attacks", "indirect", "Mike Pompeo"),
    A("US Secretary of State Mike Pompeo", "saying", "there was \"no evidence the attacks came from Yemen.\"",
      "mixed", "Mike Pompeo"),
    A("BBC's Jonathan Marcus", "said",
      "questions remain how much direct Iranian assistance is received by the Houthis who are ideologically aligned with Iran",
      "indirect", "Jonathan Marcus"),
    A("The United Nations", "called", "the resulting humanitarian crisis the worst in the world", "indirect",
      "United Nations"),
]

CONTRA = [
    (11, 2, "denial"),            # Pompeo: no evidence the attacks came from Yemen vs Houthi claim of responsibility
    (11, 7, "denial"),            # ... vs the Houthi spokesman's account
    (5, 4, "contradiction"),      # exports disrupted (Reuters' sources) vs exports continuing (SPA)
]
