#include "text/lexicon.h"

#include <initializer_list>

namespace claimgraph::ingest {
namespace {

void Each(std::initializer_list<std::string_view> words,
          const auto& add) {
  for (std::string_view w : words) add(w);
}

}  // namespace

const Lexicon& Lexicon::Default() {
  static const Lexicon* const lexicon = new Lexicon();
  return *lexicon;
}

void Lexicon::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 4096 : old.size() * 2, Slot{});
  mask_ = static_cast<uint32_t>(slots_.size() - 1);
  for (const Slot& slot : old) {
    if (slot.entry == 0) continue;
    uint32_t i = slot.hash & mask_;
    while (slots_[i].entry != 0) i = (i + 1) & mask_;
    slots_[i] = slot;
  }
}

LexEntry* Lexicon::Mutable(std::string_view word) {
  if (slots_.empty() || entries_.size() * 2 >= slots_.size()) Grow();
  uint32_t hash = Hash(word);
  uint32_t i = hash & mask_;
  for (;; i = (i + 1) & mask_) {
    Slot& slot = slots_[i];
    if (slot.entry == 0) break;
    if (slot.hash == hash && keys_[slot.entry - 1] == word) return &entries_[slot.entry - 1];
  }
  storage_.emplace_back(word);
  keys_.push_back(storage_.back());
  entries_.emplace_back();
  slots_[i] = Slot{hash, static_cast<uint32_t>(entries_.size())};
  return &entries_.back();
}

void Lexicon::Add(std::string_view word, uint32_t flags, CueClass cue,
                  std::string_view lemma) {
  LexEntry* entry = Mutable(word);
  entry->flags |= flags;
  if (cue != CueClass::kNone && entry->cue == CueClass::kNone) {
    entry->cue = cue;
    storage_.emplace_back(lemma);
    entry->lemma = storage_.back();
  }
}

void Lexicon::AddVerbForms(std::string_view lemma, CueClass cue,
                           std::string_view s, std::string_view past,
                           std::string_view ing, uint32_t extra) {
  Add(lemma, kLexCue | kLexBase | extra, cue, lemma);
  Add(s, kLexCue | extra, cue, lemma);
  Add(past, kLexCue | extra, cue, lemma);
  Add(ing, kLexCue | kLexIng | extra, cue, lemma);
}

void Lexicon::AddVerb(std::string_view lemma, CueClass cue, uint32_t extra) {
  std::string base(lemma);
  std::string s, past, ing;
  char last = base.back();
  char before = base.size() > 1 ? base[base.size() - 2] : 0;
  auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
  if (last == 'e') {
    s = base + "s";
    past = base + "d";
    ing = base.substr(0, base.size() - 1) + "ing";
  } else if (last == 'y' && !vowel(before)) {
    s = base.substr(0, base.size() - 1) + "ies";
    past = base.substr(0, base.size() - 1) + "ied";
    ing = base + "ing";
  } else if (last == 'h' || last == 's' || last == 'x') {
    s = base + "es";
    past = base + "ed";
    ing = base + "ing";
  } else {
    s = base + "s";
    past = base + "ed";
    ing = base + "ing";
  }
  AddVerbForms(lemma, cue, s, past, ing, extra);
}

Lexicon::Lexicon() {
  // --- Cue verbs -----------------------------------------------------------
  AddVerbForms("say", CueClass::kSay, "says", "said", "saying");
  AddVerbForms("tell", CueClass::kTell, "tells", "told", "telling");
  AddVerbForms("write", CueClass::kSay, "writes", "wrote", "writing");
  Add("written", kLexCue, CueClass::kSay, "write");
  AddVerbForms("admit", CueClass::kSay, "admits", "admitted", "admitting");
  AddVerbForms("deny", CueClass::kObject, "denies", "denied", "denying");
  AddVerbForms("reply", CueClass::kSay, "replies", "replied", "replying");
  AddVerbForms("testify", CueClass::kSay, "testifies", "testified", "testifying");
  AddVerbForms("clarify", CueClass::kSay, "clarifies", "clarified", "clarifying");
  AddVerbForms("tweet", CueClass::kSay, "tweets", "tweeted", "tweeting");
  AddVerbForms("quote", CueClass::kRelay, "quotes", "quoted", "quoting");
  AddVerbForms("cite", CueClass::kObject, "cites", "cited", "citing");
  AddVerbForms("accuse", CueClass::kObject, "accuses", "accused", "accusing");
  AddVerb("project", CueClass::kSay);
  // Court findings and rulings ("the court found that …", "Judge X ruled the
  // draft violated …"): kept only with a propositional complement and a
  // court-like subject (attribution_finder.cc, CourtFinding).
  AddVerbForms("rule", CueClass::kSay, "rules", "ruled", "ruling");
  AddVerbForms("find", CueClass::kSay, "finds", "found", "finding");
  // Verbs that introduce a direct quote but report nothing on their own.
  for (std::string_view v : {"continue", "criticize", "criticise", "defend", "chant", "shout",
                             "yell", "scream", "exclaim"})
    AddVerb(v, CueClass::kSay, kLexQuoteOnly);
  AddVerbForms("speak", CueClass::kSay, "speaks", "spoke", "speaking", kLexQuoteOnly);
  // "The decree read “…”": base and past forms coincide, so no kLexBase.
  Add("read", kLexCue | kLexQuoteOnly, CueClass::kSay, "read");
  Add("reads", kLexCue | kLexQuoteOnly, CueClass::kSay, "read");
  AddVerbForms("forecast", CueClass::kSay, "forecasts", "forecast", "forecasting");
  AddVerbForms("recommend", CueClass::kSay, "recommends", "recommended", "recommending");
  for (std::string_view v :
       {"add", "state", "announce", "confirm", "acknowledge", "claim", "insist",
        "warn", "argue", "note", "explain", "indicate", "report", "declare",
        "reveal", "allege", "predict", "assert", "maintain", "stress",
        "emphasize", "emphasise", "observe", "contend", "promise", "pledge",
        "vow", "reiterate", "recall", "remark", "respond", "complain", "mention",
        "conclude", "disclose", "concede", "affirm", "caution", "suggest",
        "estimate", "announce", "boast", "hint", "imply",
        "proclaim", "speculate", "underline", "assure", "inform",
        "describe", "detail",
        "comment", "elaborate", "recount", "specify", "posit", "urge"}) {
    CueClass cls = CueClass::kSay;
    if (v == "inform" || v == "assure" || v == "advise") cls = CueClass::kTell;
    if (v == "describe" || v == "detail" || v == "criticize" || v == "criticise" ||
        v == "praise" || v == "condemn" || v == "dispute" || v == "welcome" ||
        v == "question" || v == "highlight" || v == "lament")
      cls = CueClass::kObject;
    AddVerb(v, cls);
  }
  // Cue forms that are also common nouns (and "state" as in "state media").
  Each({"claim", "claims", "report", "reports", "estimate", "estimates", "note",
        "notes", "comment", "comments", "answer", "answers", "state", "states",
        "promise", "promises", "charge", "charges", "fear", "fears", "hope",
        "hopes", "demand", "demands", "counter", "question", "questions",
        "remark", "remarks", "doubt", "doubts", "quote", "quotes", "tweet",
        "tweets", "forecast", "forecasts", "welcome", "detail", "details",
        "reply", "replies", "joke", "call", "calls", "jokes", "maintain", "charged", "expect",
        "repeat", "accept", "dispute", "disputes", "vow", "vows", "pledge",
        "pledges", "warning", "project", "projects"},
       [&](std::string_view w) { Add(w, kLexNounToo); });
  Add("according", kLexCue, CueClass::kAccordingTo, "according to");
  Add("per", kLexCue, CueClass::kAccordingTo, "per");
  // Directives and characterisations with a propositional complement:
  // "urged X to …", "called X \"Y\"", "described X as Y", "called for …".
  for (std::string_view v : {"urge", "encourage", "instruct", "advise", "ask", "call",
                             "characterize", "characterise", "denounce", "point"}) {
    AddVerb(v, CueClass::kObject);
  }
  AddVerbForms("refer", CueClass::kObject, "refers", "referred", "referring");
  // Characterisations that report a judgement only with their complement:
  // "attacked the inquiry as …", "blamed Iran for …" (attribution_finder.cc).
  for (std::string_view v : {"attack", "brand", "label", "dismiss", "hail", "blame"})
    AddVerb(v, CueClass::kObject);
  AddVerbForms("slam", CueClass::kObject, "slams", "slammed", "slamming");
  AddVerbForms("label", CueClass::kObject, "labels", "labelled", "labelling");
  Each({"attack", "attacks", "brand", "brands", "label", "labels", "blame", "slam"},
       [&](std::string_view w) { Add(w, kLexNounToo); });

  // --- Titles written before a name ----------------------------------------
  Each({"president", "minister", "secretary", "general", "gen", "senator", "sen",
        "rep", "representative", "governor", "gov", "mayor", "ambassador",
        "chairman", "chairwoman", "chair", "director", "chief", "commissioner",
        "spokesman", "spokeswoman", "spokesperson", "professor", "prof", "dr",
        "mr", "mrs", "ms", "miss", "king", "queen", "prince", "princess", "pope",
        "judge", "justice", "officer", "captain", "capt", "colonel", "col",
        "lieutenant", "lt", "sergeant", "sgt", "admiral", "adm", "major", "maj",
        "inspector", "superintendent", "detective", "premier", "chancellor",
        "leader", "speaker", "editor", "ceo", "coach", "manager", "rev",
        "reverend", "father", "bishop", "archbishop", "cardinal", "sheikh",
        "lord", "lady", "sir", "dame", "deputy", "vice", "prime", "attorney",
        "counsel", "prosecutor", "lawyer", "sheriff", "constable", "commander",
        "marshal", "councillor", "councilman", "councilwoman", "congressman",
        "congresswoman", "mp", "mep", "envoy", "emir", "sultan", "ayatollah",
        "imam", "rabbi", "dean", "coroner", "sergeant-major", "president-elect",
        "chairperson", "founder", "host", "presenter", "correspondent",
        "superintendent", "trooper", "firefighter", "councilor", "agent",
        "administrator", "secretary-general", "spokesperson", "executive", "chancellor",
        "treasurer", "registrar", "vicar", "pastor", "nominee", "candidate", "mr.",
        "minister-president", "governor-general", "ombudsman", "auditor", "curator",
        "principal", "physician", "surgeon", "nurse", "sheikh", "archdeacon", "rapporteur",
        "assemblyman", "assemblywoman", "assemblymember"},
       [&](std::string_view w) { Add(w, kLexTitle); });
  Each({"mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "st",
        "jr", "sr", "prof", "inc", "corp", "co", "ltd", "vs", "etc", "capt",
        "sgt", "maj", "adm", "rev", "ft", "mt", "jan", "feb", "aug", "sept",
        "oct", "nov", "dec", "approx", "dept", "no", "u.s", "u.k", "u.n", "e.g",
        "i.e", "a.m", "p.m", "d.c", "st", "cmdr", "supt", "insp", "det",
        "messrs", "hon", "pres", "gens"},
       [&](std::string_view w) { Add(w, kLexAbbrev); });

  // --- Unnamed sources -----------------------------------------------------
  Each({"official", "officials", "spokesman", "spokeswoman", "spokesperson",
        "spokespeople", "source", "sources", "analyst", "analysts", "expert",
        "experts", "witness", "witnesses", "resident", "residents", "police",
        "officer", "officers", "diplomat", "diplomats", "aide", "aides",
        "adviser", "advisers", "advisor", "advisors", "authorities",
        "investigators", "investigator", "prosecutors", "prosecutor",
        "researchers", "researcher", "scientists", "scientist", "doctors",
        "doctor", "lawyers", "lawyer", "activists", "activist", "protesters",
        "organizers", "organisers", "critics", "observers", "people", "person",
        "member", "members", "minister", "ministers", "leader", "leaders",
        "general", "commander", "commanders", "soldier", "soldiers", "employee",
        "employees", "workers", "worker", "staff", "representative",
        "representatives", "authors", "author", "historians", "economists",
        "economist", "engineers", "medics", "paramedics", "rescuers",
        "firefighters", "journalist", "journalists", "reporter", "reporters",
        "interviewee", "interviewees", "campaigners", "supporters", "opponents",
        "victims", "survivors", "families", "relatives", "neighbours",
        "neighbors", "students", "teachers", "users", "fans", "locals",
        "insiders", "executive", "executives", "director", "directors",
        "manager", "managers", "chief", "head", "team", "statement",
        "senator", "senators", "lawmakers", "legislators", "mps", "judge",
        "judges", "militants", "rebels", "fighters", "troops", "insurgents",
        "scholars", "academics", "physicians", "nurses", "coroner", "mayor",
        "governor", "ambassador", "envoy", "negotiators", "monitors",
        "prosecution", "defence", "defense", "petitioners", "plaintiffs",
        "spokespersons", "media", "press", "operator", "operators", "owner", "owners",
        "organiser", "organizer", "participants", "attendees", "voters",
        "customers", "passengers", "travellers", "drivers", "pilots", "crew",
        "someone", "others", "many", "some", "most", "several", "few",
        "colleague", "colleagues", "friend", "friends", "partner", "father",
        "mother", "son", "daughter", "wife", "husband", "brother", "sister",
        "woman", "man", "men", "women", "boy", "girl", "eyewitness",
        "eyewitnesses", "agency", "general", "administration"},
       [&](std::string_view w) { Add(w, kLexRoleNoun); });
  Each({"officials", "sources", "analysts", "experts", "witnesses", "residents",
        "police", "officers", "diplomats", "aides", "advisers", "advisors",
        "authorities", "investigators", "prosecutors", "researchers",
        "scientists", "doctors", "lawyers", "activists", "protesters",
        "organizers", "organisers", "critics", "observers", "people", "members",
        "ministers", "leaders", "soldiers", "employees", "workers", "authors",
        "they", "we", "them", "us", "rescuers", "reports", "families",
        "relatives", "students", "lawmakers", "mps", "rebels", "fighters",
        "troops", "men", "women", "others", "some", "many", "several",
        "colleagues", "friends", "judges", "voters", "reporters",
        "journalists"},
       [&](std::string_view w) { Add(w, kLexPlural); });
  Each({"ministry", "department", "forces", "council", "committee", "agency",
        "service", "services", "police", "army", "government", "office",
        "party", "union", "commission", "court", "observatory", "association",
        "organisation", "organization", "university", "institute", "company",
        "group", "corporation", "inc", "corp", "bank", "news", "times", "post",
        "network", "coalition", "military", "navy", "embassy", "parliament",
        "congress", "senate", "house", "board", "authority", "administration",
        "cabinet", "kremlin", "pentagon", "federation", "foundation", "fund",
        "centre", "center", "command", "guard", "force", "alliance", "front",
        "movement", "ltd", "llc", "plc", "airlines", "airways", "club",
        "society", "league", "bureau", "directorate", "secretariat",
        "tribunal", "prosecutor's", "inquiry", "panel", "firm", "channel",
        "broadcaster", "newspaper", "magazine", "journal", "website", "site",
        "daily", "herald", "tribune", "telegraph", "guardian", "press",
        "television", "radio", "tv", "reuters", "afp", "ap", "bbc", "cnn",
        "nasa", "fbi", "cia", "un", "nato", "eu", "who", "fsb", "kgb",
        "white", "wikinews", "hospital", "school", "college", "regime",
        "state", "county", "city", "municipality", "province", "region",
        "team", "industry", "mission", "opposition", "ministry's", "brigade",
        "battalion", "division", "unit", "corps", "church", "council's", "nations",
        "assembly", "kremlin's", "directorate-general", "mission", "delegation",
        "conference", "legislature", "archive", "library", "institution", "caucus"},
       [&](std::string_view w) { Add(w, kLexOrgWord); });
  Each({"schedule", "report", "study", "document", "documents", "letter",
        "memo", "filing", "survey", "poll", "data", "figures", "release",
        "statement", "website", "paper", "papers", "records", "record",
        "analysis", "review", "audit", "assessment", "findings", "results",
        "research", "indictment", "complaint", "lawsuit", "ruling", "verdict",
        "order", "decree", "law", "bill", "resolution", "agreement", "treaty",
        "constitution", "census", "estimates", "statistics", "post", "tweet",
        "blog", "article", "book", "forecast", "warning", "bulletin",
        "communique", "transcript", "video", "footage", "map", "page", "notice",
        "guidelines", "guidance", "policy", "plan", "proposal", "charter",
        "summary", "evaluation", "investigation", "inquiry", "probe",
        "dossier", "newsletter", "programme", "program", "recording", "emails",
        "email", "message", "messages", "text", "texts", "website's", "account",
        "accounts", "reporting", "reports", "report's", "database"},
       [&](std::string_view w) { Add(w, kLexDocNoun); });

  // --- Pronouns ------------------------------------------------------------
  Add("he", kLexPronoun | kLexMale);
  Add("she", kLexPronoun | kLexFemale);
  Add("they", kLexPronoun | kLexPlural);
  Add("it", kLexPronoun);
  Add("we", kLexPronoun | kLexPlural);
  Add("i", kLexPronoun);
  Add("you", kLexPronoun);
  Add("who", kLexPronoun | kLexBoundary);
  Each({"spokeswoman", "chairwoman", "mrs", "ms", "miss", "queen", "princess",
        "lady", "dame", "congresswoman", "councilwoman", "mother", "wife",
        "daughter", "sister", "woman", "girl", "actress", "her", "hers",
        "herself", "grandmother", "aunt", "businesswoman", "policewoman",
        // common female given names
        "mary", "maria", "anna", "ann", "anne", "elizabeth", "sarah", "susan",
        "margaret", "jennifer", "linda", "patricia", "barbara", "nancy",
        "karen", "lisa", "michelle", "laura", "emily", "emma", "olivia",
        "sophie", "julia", "angela", "theresa", "hillary", "nicola",
        "jacinda", "samantha", "catherine", "katherine", "kate", "helen",
        "jane", "rachel", "rebecca", "amy", "amanda", "jessica", "melissa",
        "nicole", "christine", "kristin", "kirsten", "ursula", "christina",
        "marine", "nancy", "kamala", "elizabeth", "alexandria", "ilhan",
        "veronika", "valentina", "svetlana", "olga", "natalia", "tatiana",
        "irina", "yulia", "ekaterina", "sharon", "deborah", "diane", "dianne",
        "carol", "joan", "judith", "ruth", "ellen", "alice", "claire",
        "louise", "fiona", "priti", "nikki", "greta", "jacqueline",
        "francesca", "giulia", "isabel", "isabella", "carmen", "ana", "lucia",
        "sofia", "fatima", "aisha", "leila", "layla", "benazir", "aung",
        "cres"},
       [&](std::string_view w) {
         if (w != "cres") Add(w, kLexFemale);
       });
  Each({"spokesman", "chairman", "mr", "king", "prince", "lord", "sir",
        "congressman", "councilman", "father", "husband", "son", "brother",
        "man", "boy", "him", "his", "himself", "grandfather", "uncle",
        "businessman", "policeman", "actor",
        // common male given names
        "john", "james", "robert", "michael", "william", "david", "richard",
        "joseph", "thomas", "charles", "christopher", "daniel", "matthew",
        "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua",
        "kenneth", "kevin", "brian", "george", "edward", "ronald", "timothy",
        "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric",
        "jonathan", "stephen", "larry", "justin", "scott", "brandon", "benjamin",
        "samuel", "frank", "gregory", "raymond", "alexander", "patrick", "jack",
        "dennis", "jerry", "tyler", "aaron", "jose", "adam", "henry", "nathan",
        "douglas", "zachary", "peter", "kyle", "walter", "ethan", "jeremy",
        "harold", "keith", "christian", "roger", "noah", "gerald", "carl",
        "terry", "sean", "austin", "arthur", "lawrence", "jesse", "dylan",
        "bryan", "joe", "jordan", "billy", "bruce", "albert", "willie", "gabriel",
        "logan", "alan", "juan", "wayne", "roy", "ralph", "randy", "eugene",
        "vincent", "russell", "elijah", "louis", "bobby", "philip", "johnny",
        "vladimir", "sergei", "sergey", "dmitry", "vitaly", "valery", "boris",
        "yevgeny", "alexei", "alexey", "oleg", "igor", "ivan", "nikolai",
        "mikhail", "andrei", "viktor", "bashar", "recep", "emmanuel", "angus",
        "rex", "barack", "bernie", "mike", "tom", "jim", "bill", "bob", "tony",
        "boris", "jeremy", "nigel", "hassan", "mohammed", "muhammad", "ahmed",
        "ali", "omar", "abdullah", "benjamin", "narendra", "xi", "kim", "moon",
        "shinzo", "justin", "scott", "malcolm", "tristan", "doug", "greg",
        "brenton", "sadiq", "jair", "nicolas", "evo", "juan", "andres",
        "mauricio", "enrique", "pedro", "carlos", "luis", "jorge", "giuseppe",
        "matteo", "luigi", "sebastian", "heiko", "olaf", "frank-walter",
        "alexis", "kyriakos", "pierre", "jean", "francois", "jacques",
        "arba", "baslan", "leo", "simon", "martin", "chris", "nick", "ben",
        "sam", "dan", "matt", "steve", "jeff", "ken", "ron", "rick", "tim",
        "andy", "pete", "ted", "ed", "al", "rudy", "kurt", "hans", "klaus"},
       [&](std::string_view w) { Add(w, kLexMale); });

  // --- Function words ------------------------------------------------------
  Each({"after", "when", "while", "though", "although", "because", "if",
        "since", "before", "as", "but", "whereas", "until", "unless", "where",
        "which", "who", "whom", "whose", "that", "and", "or", "so", "whether",
        "once", "than", "how", "what", "why", "nor", "yet", "then", "however",
        "meanwhile", "also", "furthermore", "moreover", "instead",
        "nevertheless", "including", "despite", "amid", "during", "following",
        "saying", "adding", "claiming", "noting", "arguing", "warning",
        "explaining", "stating", "insisting", "suggesting", "describing",
        "asking", "calling", "urging", "where", "there", "here", "not", "no",
        "is", "are", "was", "were", "be", "been", "being", "do",
        "does", "did", "can", "could", "may", "might", "must", "should",
        "shall", "will", "would", "had", "has", "have",
       
        "because", "whilst", "whereby", "thus",
        "hence", "therefore", "otherwise", "too", "very", "only", "just",
        "even", "still", "already", "now", "ago", "got", "get", "made",
        "make", "took", "take", "gave", "give", "went", "go", "came", "come",
        "saw", "see", "knew", "know", "felt", "feel", "found", "find",
        "left", "met", "held", "kept", "put", "ran", "set", "sent", "brought",
        "began", "became", "led", "lost", "won", "paid", "spent", "killed",
        "died", "used", "wanted", "tried", "needed",
        "showed", "appeared", "remained", "seemed", "included", "received"},
       [&](std::string_view w) { Add(w, kLexBoundary); });
  Each({"a", "an", "the", "this", "these", "those", "its", "his", "her",
        "their", "our", "my", "your", "one", "some", "two", "three", "four",
        "five", "several", "many", "other", "another", "each", "every", "both",
        "all", "most", "any", "such", "no"},
       [&](std::string_view w) { Add(w, kLexDeterminer); });
  Each({"also", "too", "later", "previously", "repeatedly", "further",
        "yesterday", "today", "has", "have", "had", "was", "were", "would",
        "will", "then", "again", "earlier", "recently", "publicly",
        "reportedly", "separately", "initially", "subsequently", "once",
        "still", "already", "quickly", "immediately", "formally",
        "officially", "openly", "privately", "is", "are", "did", "does", "do",
        "could", "might", "may", "can", "should", "reiterated", "however",
        "meanwhile", "similarly", "likewise", "now", "often", "frequently",
        "always", "never", "first", "last", "finally", "specifically",
        "explicitly", "directly", "loudly", "proudly", "angrily", "simply",
        "briefly", "strongly", "flatly", "firmly", "emphatically", "tonight",
        "allegedly", "apparently", "reportedly", "afterwards", "afterward",
        "jointly", "separately", "personally", "clearly", "even", "had",
        "not", "vehemently", "categorically", "swiftly", "soon", "since",
        "long", "both", "all", "each", "widely", "frequently", "consistently",
        "itself", "themselves", "himself", "herself", "in", "turn", "twice",
        "thrice", "again", "instead", "nonetheless", "there", "sometimes",
        "usually", "occasionally", "frequently", "routinely", "regularly"},
       [&](std::string_view w) { Add(w, kLexSkip); });
  Each({"has", "have", "had", "was", "were", "is", "are", "be", "been",
        "being", "would", "will", "could", "might", "may", "can", "should",
        "did", "does", "do", "must", "shall", "reportedly", "allegedly"},
       [&](std::string_view w) { Add(w, kLexAux); });
  Each({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "yesterday", "today", "tonight", "tomorrow", "morning",
        "afternoon", "evening", "night", "week", "weekend", "month", "year",
        "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "earlier", "later", "last", "this", "next", "previously", "recently",
        "overnight", "weeks", "months", "days", "day", "years", "hours",
        "ago", "late", "early", "midday", "noon", "midnight", "past",
        "currently", "now", "time"},
       [&](std::string_view w) { Add(w, kLexTime); });
  Each({"of", "at", "to", "for", "in", "on", "with", "from", "by", "via",
        "into", "during", "through", "after", "before", "over", "under",
        "within", "about", "near", "outside", "inside", "across", "between",
        "among", "amongst", "against", "toward", "towards", "behind"},
       [&](std::string_view w) { Add(w, kLexPrep); });
  Each({"reporters", "journalists", "media", "press", "wikinews", "bbc", "cnn",
        "reuters", "afp", "ap", "parliament", "lawmakers", "congress",
        "conference", "broadcaster", "television", "radio", "newspaper",
        "agency", "audience", "crowd", "supporters", "interviewers",
        "interviewer", "senators", "committee", "court", "jury", "judge",
        "me", "us", "him", "her", "them", "it", "you", "journalist",
        "reporter", "paper", "outlet", "magazine", "daily", "times", "post",
        "news", "network", "channel", "station", "tv", "sky", "abc", "cbs",
        "nbc", "fox", "npr", "pbs", "ria", "tass", "interfax", "xinhua",
        "the", "a", "an", "state", "local", "national", "public", "told",
        "colleagues", "members", "residents", "delegates", "students",
        "lawmakers", "investigators", "police", "officials", "correspondent",
        "newspapers", "outlets", "guardian", "telegraph", "independent", "world",
        "nation", "country", "parliamentarians", "viewers", "listeners", "readers"},
       [&](std::string_view w) { Add(w, kLexAudience); });
  Each({"statement", "statements", "interview", "interviews", "conference",
        "briefing", "press", "twitter", "facebook", "instagram", "tweet",
        "post", "posting", "letter", "speech", "release", "radio",
        "television", "report", "email", "emailed", "written", "video",
        "message", "address", "session", "hearing", "meeting", "rally",
        "broadcast", "blog", "youtube", "telegram", "communique", "remarks",
        "news", "debate", "podcast", "op-ed", "editorial", "call", "phone",
        "telephone", "text", "court", "parliament", "filing", "documents",
        "summit", "event", "ceremony", "appearance", "response", "reply",
        "comments", "testimony", "program", "programme", "show", "wikinews",
        "weibo", "website", "note", "notice", "bulletin", "channel", "page"},
       [&](std::string_view w) { Add(w, kLexSpeechNoun); });
  Each({"russia", "moscow", "washington", "china", "beijing", "iran", "tehran",
        "israel", "syria", "damascus", "turkey", "ankara", "britain", "london",
        "france", "paris", "germany", "berlin", "ukraine", "kiev", "kyiv",
        "japan", "tokyo", "india", "delhi", "pakistan", "islamabad", "egypt",
        "cairo", "iraq", "baghdad", "pyongyang", "seoul", "brussels", "canada",
        "ottawa", "australia", "canberra", "mexico", "brazil", "venezuela",
        "caracas", "cuba", "arabia", "emirates", "states", "kingdom", "zealand", "havana", "saudi", "riyadh", "qatar", "doha",
        "kabul", "afghanistan", "taliban", "hamas", "hezbollah", "nato",
        "america", "spain", "madrid", "italy", "rome", "poland", "warsaw",
        "greece", "athens", "jerusalem", "libya", "tripoli", "yemen",
        "lebanon", "beirut", "jordan", "amman", "korea", "vietnam", "hanoi",
        "indonesia", "jakarta", "nigeria", "abuja", "kenya", "nairobi",
        "ethiopia", "sudan", "khartoum", "algeria", "morocco", "tunisia"},
       [&](std::string_view w) { Add(w, kLexPlace); });
  Each({"the", "a", "an", "in", "on", "at", "but", "and", "however", "when",
        "after", "as", "this", "that", "these", "those", "it", "he", "she",
        "they", "we", "i", "there", "while", "although", "though", "if",
        "according", "some", "many", "one", "two", "both", "other", "others",
        "most", "several", "his", "her", "their", "its", "our", "my", "what",
        "who", "for", "by", "with", "from", "to", "of", "since", "before",
        "during", "despite", "meanwhile", "instead", "also", "yet", "so",
        "speaking", "asked", "no", "not", "all", "each", "every", "because",
        "until", "last", "earlier", "later", "today", "yesterday", "officials",
        "police", "sources", "witnesses", "residents", "experts", "analysts",
        "researchers", "reports", "authorities", "in", "under", "following",
        "among", "more", "such", "another", "any", "several", "only", "even",
        "here", "now", "then", "just", "still", "over", "about", "around",
        "without", "within", "through", "into", "upon", "nor", "where", "why",
        "how", "whether", "once", "said", "says"},
       [&](std::string_view w) { Add(w, kLexNotName); });
}

}  // namespace claimgraph::ingest
