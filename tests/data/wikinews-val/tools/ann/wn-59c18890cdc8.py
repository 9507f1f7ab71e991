# US Speaker Pelosi announces Trump impeachment investigation
ATTS = [
    A("Nancy Pelosi, the Speaker of the House of Representatives", "announced",
      "she would be launching an impeachment inquiry into the conduct of United States President Donald Trump",
      "indirect", "Nancy Pelosi"),
    # 'according to NBC' relays Pelosi's words; a comma before the closing mark drops the mark
    A("Pelosi", "called", "Trump's conduct a \"breach of his Constitutional responsibilities", "mixed",
      "Nancy Pelosi", via="NBC", ctx="Pelosi called Trump's conduct"),
    A("she", "announced", "[T]he House of Representatives is moving forward with an official impeachment inquiry",
      "direct", "Nancy Pelosi", ctx="she announced"),
    A("she", "directing",
      "six of the House's committees to \"proceed with their investigations under [the] umbrella\" of impeachment",
      "mixed", "Nancy Pelosi", ctx="she was directing"),
    A("Republican committee member Doug Collins of Georgia", "said",
      "Until the full House votes to authorize an inquiry, nobody is conducting a formal inquiry.", "direct",
      "Doug Collins"),
    A("Democratic committee chairman Jerrold Nadler of New York", "maintained",
      "an impeachment inquiry is what the committee is already doing", "indirect", "Jerrold Nadler"),
    # stops before the writer's apposition on Hunter Biden's father
    A("The New York Times", "reported",
      "in a phone call in late July, Trump might have encouraged newly elected Ukrainian president Volodymyr Zelensky to investigate Hunter Biden",
      "indirect", "The New York Times"),
    A("Trump", "characterized", "the call with Zelensky as \"perfectly fine and routine.\"", "mixed", "Donald Trump"),
    # 'attacked X as Y' is a characterisation (plain 'attacked X' would not be annotated)
    A("Trump", "attacked", "the impeachment investigation as \"Witch Hunt garbage.\"", "mixed", "Donald Trump",
      ctx="Trump, responding to Pelosi's announcement"),
    # a named document whose issuer the text does not name: speaker null (dev rule for documents)
    A("The United States Constitution", "specifies",
      "officials are removed from office after being impeached for, and convicted of, \"Treason, Bribery, or other high Crimes and Misdemeanors.\"",
      "mixed", None),
    # attribution inside a relative clause: content is the relative clause including the cue
    A("the Supreme Court", "ruled", "which the Supreme Court later ruled to be unconstitutional", "indirect",
      "Supreme Court of the United States"),
]

CONTRA = [
    (5, 6, "contradiction"),      # Collins: nobody is conducting a formal inquiry vs Nadler: it is already doing one
    (5, 3, "contradiction"),      # ... vs Pelosi: the House is moving forward with an official inquiry
]
