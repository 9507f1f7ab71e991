# Paris court jails two police in rape case
ATTS = [
    # attribution in the middle of the reported clause
    A("she", "testified",
      "In between, she testified, she was gang raped by Quirin, Redouane, and an unidentified third officer",
      "indirect", "Emily Spanton", ctx="In between, she testified"),
    A("She", "told",
      "she was forced to drink whiskey and perform oral sex on the men before being raped", "indirect",
      "Emily Spanton", ctx="She told the court she was forced"),
    A("She", "told", "they raped me", "direct", "Emily Spanton", ctx="She told a guard"),
    A("The defendants", "claimed", "Spanton first complained of theft (vol), not rape (viol)", "indirect",
      "Antoine Quirin and Nicolas Redouane"),
    A("Quirin", "denied", "any sexual activity", "indirect", "Antoine Quirin"),
    A("he", "claimed", "sex had been consensual", "indirect", "Antoine Quirin",
      ctx="he claimed sex had been consensual"),
    A("Redouane", "claimed", "sex was consensual", "indirect", "Nicolas Redouane",
      ctx="Redouane consistently claimed"),
    A("Howard Rubel, a Toronto lawyer representing Spanton", "told",
      "My client is of course very relieved with the verdict and is glad that she withstood the very arduous process that led to today. She is glad that she did her part in allowing justice to unfold.",
      "direct", "Howard Rubel"),
    A("Sophie Obadia, another lawyer for the victim", "told",
      "Women in France who have been raped don't have to justify their private life. The court has found that Mme Spanton did not lie, she is not a liar. She was portrayed as a liar, she did not lie.",
      "direct", "Sophie Obadia"),
    A("Both officers", "indicated", "they would appeal", "indirect", "Antoine Quirin and Nicolas Redouane"),
    A("The head of the police's internal investigators", "told", "Basic investigations weren't done.",
      "direct", None),
    A("She", "said",
      "I regret we weren’t called immediately. If we had been, I could have made efforts to secure the scene. We could also have heard the officers more rapidly.",
      "direct", None, ctx="She also said"),
    A("They", "indicated", "they would seek suspension of their imprisonment pending their appeals", "indirect",
      "Antoine Quirin and Nicolas Redouane", ctx="They indicated they would seek"),
]

CONTRA = [
    (6, 1, "contradiction"),       # sex had been consensual vs gang raped
    (7, 1, "contradiction"),
    (4, 3, "contradiction"),       # she complained of theft vs "they raped me"
    (5, 6, "contradiction"),       # Quirin denied any sexual activity vs later claimed consensual sex
]
