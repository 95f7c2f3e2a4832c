/// Word lists for recognising people and organisations in news English.
enum NameLexicon {
    /// Titles and roles that precede a name and are not part of it.
    static let titles: Set<String> = [
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sen", "sen.", "senator", "rep", "rep.",
        "representative", "gov", "gov.", "governor", "president", "vice", "secretary", "judge", "justice", "gen",
        "gen.", "general", "mayor", "chairman", "chairwoman", "speaker", "prime", "minister", "chief", "attorney",
        "director", "candidate", "nominee", "hopeful", "former", "professor", "prof.", "rev.", "reverend", "pastor",
        "pope", "king", "queen", "prince", "princess", "sir", "lady", "lord", "col.", "lt.", "sgt.", "capt.", "adm.",
        "democrat", "republican", "democratic", "republican", "gop", "state", "first", "commissioner", "sheriff",
        "officer", "detective", "agent", "ambassador", "councilman", "councilwoman", "assemblyman", "congressman",
        "congresswoman", "lawmaker", "singer", "actor", "actress", "rapper", "star", "host", "anchor", "coach",
        "ceo", "chair", "founder", "author", "writer", "spokesman", "spokeswoman", "spokesperson", "adviser",
        "advisor", "aide", "manager", "strategist", "pollster", "analyst", "economist", "deputy", "acting",
        "u.s.", "sens.", "reps.", "gov.", "dem.", "presidential", "businessman", "billionaire", "mogul", "leader",
        "majority", "minority", "house", "senate", "campaign", "press", "white", "whip", "commander", "husband", "wife",
        "member", "secretary-general", "director-general", "attorney-general", "president-elect", "vice-president",
        "governor-elect", "co-founder", "co-chair", "commander-in-chief",
    ]

    /// Titles of address, which say a person's gender before anything else does.
    static let femaleHonorifics: Set<String> = ["mrs", "mrs.", "ms", "ms.", "miss", "queen", "princess", "lady"]
    static let maleHonorifics: Set<String> = ["mr", "mr.", "king", "prince", "sir", "lord"]

    /// Titles and roles of one gender (with the honorifics), which a first name outweighs.
    static let femaleTitles: Set<String> = [
        "mrs", "mrs.", "ms", "ms.", "miss", "queen", "princess", "lady",
        "actress", "chairwoman", "spokeswoman", "congresswoman", "wife", "councilwoman",
    ]
    static let maleTitles: Set<String> = [
        "mr", "mr.", "king", "prince", "sir", "lord", "spokesman", "congressman",
        "chairman", "husband", "councilman", "assemblyman", "businessman",
    ]

    /// Capitalised words that are not names (sentence starts, calendar words, …).
    static let notNames: Set<String> = [
        "the", "a", "an", "but", "and", "or", "he", "she", "it", "they", "we", "i", "you", "in", "on", "at", "this",
        "that", "these", "those", "there", "his", "her", "their", "its", "our", "my", "your", "as", "for", "if",
        "when", "while", "after", "before", "since", "some", "many", "most", "one", "what", "why", "how", "who",
        "so", "yet", "still", "meanwhile", "however", "now", "then", "also", "not", "no", "yes", "with", "from",
        "by", "to", "of", "all", "both", "each", "every", "other", "another", "such", "more", "less", "few",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.", "last", "next", "today", "yesterday", "tomorrow",
        "according", "despite", "although", "though", "because", "where", "even", "just", "only", "instead",
        "here", "over", "under", "about", "during", "without", "within", "among", "between", "through", "against",
        "mom", "dad", "god", "oh", "well", "thank", "please", "let", "do", "does", "did", "is", "was", "are", "were",
        "will", "would", "can", "could", "should", "must", "may", "might", "have", "has", "had", "not", "don't",
        "says", "said", "asked", "tell", "read", "watch", "related", "update", "updated", "photo", "video", "click",
        "americans", "american", "democrats", "republicans", "christian", "muslim", "english", "internet",
        "whenever", "whatever", "wherever", "everyone", "someone", "nobody", "people", "like", "unlike",
        "outside", "inside", "alongside", "beside", "besides", "beyond", "toward", "towards", "upon", "into", "onto",
        "until", "unless", "whether", "amid", "amidst", "across", "throughout", "regarding", "via",
        "later", "earlier", "afterward", "afterwards", "finally", "eventually", "recently", "previously",
        "currently", "separately", "similarly", "likewise", "indeed", "perhaps", "maybe", "otherwise", "therefore",
        "thus", "hence", "nonetheless", "nevertheless", "instead",
    ]

    /// Adjectives of a people, which a capital does not make a name ("American voters") but
    /// which open an organisation's ("the American Red Cross").
    static let peopleAdjectives: WordSet = ["american", "christian", "muslim", "english"]

    /// Words that make a name an organisation.
    static let organisationWords: Set<String> = [
        "house", "senate", "congress", "department", "committee", "party", "campaign", "post", "times", "journal",
        "news", "network", "agency", "bureau", "service", "university", "college", "institute", "association",
        "foundation", "council", "court", "commission", "inc", "inc.", "corp", "corp.", "company", "co.", "group",
        "bank", "administration", "office", "ministry", "government", "board", "center", "centre", "fund",
        "organization", "organisation", "union", "league", "club", "team", "police", "army", "navy", "force",
        "reuters", "press", "magazine", "tribune", "herald", "gazette", "daily", "weekly", "cnn", "nbc", "abc",
        "cbs", "fox", "msnbc", "npr", "bbc", "pac", "fbi", "cia", "nsa", "pentagon", "kremlin", "breitbart",
        "politico", "instagram", "twitter", "facebook", "google", "apple", "microsoft", "amazon", "poll", "survey",
        "review", "report", "reports", "airlines", "motors", "systems", "holdings", "partners", "capital", "trust",
        "exchange", "securities", "industries", "ltd", "ltd.", "llc", "plc", "ag", "sa", "nv", "corporation",
        "state", "states", "nations", "staff", "foundation", "hospital", "school", "church", "city", "county",
        // Agreements and laws are named like organisations: no "he" or "she" stands for them.
        "partnership", "agreement", "treaty", "act", "accord", "pact",
        "federation", "chamber", "society", "coalition", "alliance", "academy",
    ]

    /// Whether a word is a known first name, of either list.
    static func isFirstName(_ word: Word) -> Bool { femaleNames.contains(word) || maleNames.contains(word) }

    static let femaleNames: WordSet = [
        "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen",
        "nancy", "lisa", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle",
        "dorothy", "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia",
        "kathleen", "amy", "shirley", "angela", "helen", "anna", "brenda", "pamela", "nicole", "emma", "samantha",
        "katherine", "christine", "debra", "rachel", "catherine", "carolyn", "janet", "ruth", "maria", "heather",
        "diane", "virginia", "julie", "joyce", "victoria", "olivia", "kelly", "christina", "lauren", "joan",
        "evelyn", "judith", "megan", "cheryl", "andrea", "hannah", "martha", "jacqueline", "frances", "gloria",
        "ann", "teresa", "kathryn", "sara", "janice", "jean", "alice", "madison", "doris", "abigail", "julia",
        "judy", "grace", "denise", "amber", "marilyn", "beverly", "danielle", "theresa", "sophia", "marie",
        "diana", "brittany", "natalie", "isabella", "charlotte", "rose", "alexis", "kayla",
        "chelsea", "nikki",
        "debbie", "michele", "hope", "tiffany", "jill", "taylor", "kim",
        "katie", "meghan", "kate", "eva", "ella", "claire", "lucy", "jane",
        "hillary", "carly", "betsy", "phyllis", "maureen", "arianna", "jan", "peggy", "kathy", "cathy", "sue",
        "susie", "patty", "cindy", "wendy", "tina", "tammy", "connie", "lori", "kristen", "kristin", "erin",
        "rebekah", "becky", "molly", "sally", "holly", "paula", "rita", "lois", "norma", "elaine", "anne", "annie",
        "jenny", "sylvia", "irene", "louise", "wanda", "bonnie", "vivian", "ellen", "eileen", "carmen", "rosa", "ana",
        "yolanda", "lydia", "valerie", "vanessa", "monica", "erica", "erika", "veronica", "felicia", "renee", "gina",
        "joanne", "joanna", "marsha", "marcia", "beth", "kay", "caroline", "elise", "eleanor", "nora", "naomi",
        "audrey", "stella", "hazel", "violet", "allison", "alison", "alexandra", "gabrielle", "jasmine", "brooke",
        "haley", "sydney", "savannah", "mia", "chloe", "zoe", "ava", "lily", "leah", "katrina", "colleen", "loretta",
        "nina", "sonia", "sonya", "tara", "meredith", "miriam", "esther", "edith", "agnes", "beatrice", "bernadette",
        "priscilla", "roberta", "gwen", "gwendolyn", "jeanne", "krista", "marisa", "melanie", "mildred", "nadia",
        "patti", "rachael", "regina", "roxanne", "sheila", "sherry", "stacy", "stacey", "suzanne", "tamara", "terri",
        "toni", "vicki", "vickie", "yvonne", "elena", "alicia", "claudia", "cristina", "lucia", "sofia", "camila",
        "gabriela", "fiona", "ingrid", "greta", "heidi", "jenna", "kristina", "liz", "maggie", "margo", "marjorie",
        "nellie", "rosemary", "sabrina", "tanya", "bridget", "brianna", "carla", "caitlin", "kaitlyn", "deirdre",
        "dolores", "elisa", "emilia", "francesca", "harriet", "janine", "jocelyn", "josephine", "kirsten", "laurie",
        "lena", "lillian", "lynn", "lynne", "marlene", "maxine", "michaela", "myra", "nadine", "paige", "rochelle",
        "sadie", "selena", "serena", "tessa", "thelma", "trisha", "ursula", "vera", "wilma", "madeleine", "madeline",
        "elisabeth", "lorraine", "gail", "geraldine", "joann", "kristy", "marcy",
    ]

    static let maleNames: WordSet = [
        "james", "robert", "john", "michael", "william", "david", "richard", "joseph", "thomas", "charles",
        "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua",
        "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan", "jacob",
        "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon", "benjamin",
        "samuel", "gregory", "frank", "alexander", "raymond", "patrick", "jack", "dennis", "jerry", "tyler",
        "aaron", "jose", "adam", "henry", "nathan", "douglas", "zachary", "peter", "kyle", "walter", "ethan",
        "jeremy", "harold", "keith", "christian", "roger", "noah", "gerald", "carl", "terry", "sean", "austin",
        "arthur", "lawrence", "jesse", "dylan", "bryan", "joe", "jordan", "billy", "bruce", "albert", "willie",
        "gabriel", "logan", "alan", "juan", "wayne", "roy", "ralph", "randy", "eugene", "vincent", "russell",
        "elijah", "louis", "bobby", "philip", "johnny", "mike", "ted", "marco", "chris",
        "bill", "tim", "harry", "ben",
        "boris", "rick", "jim", "tom", "dan", "bob", "steve", "jeff", "ron", "tony",
        "pat", "corey", "miles", "colin", "chuck", "al",
        "bernie", "bernard", "josh", "jon", "ed", "eddie", "matt", "jake", "todd", "brent", "carlos", "jorge",
        "geoff", "geoffrey", "oliver", "mitch", "mitchell", "marc", "curt", "curtis", "sheldon", "marty", "martin",
        "nick", "charlie", "laurence", "stuart", "stewart", "brad", "bradley", "craig", "marvin", "marcel", "phil",
        "phillip", "robby", "robbie", "rob", "glenn", "glen", "jared", "tad", "morton", "vladimir", "gordon", "dave",
        "danny", "don", "doug", "greg", "fred", "frederick", "howard", "herbert", "lewis", "luis", "manuel", "miguel",
        "pedro", "francisco", "antonio", "rafael", "ricardo", "roberto", "fernando", "javier", "alejandro", "sergio",
        "eduardo", "hector", "mario", "victor", "leonard", "leo", "leon", "lloyd", "earl", "ernest", "clarence",
        "stanley", "norman", "melvin", "allen", "allan", "dale", "harvey", "herman", "hugh", "ian", "ivan", "jay",
        "joel", "jonah", "karl", "kurt", "mathew", "maurice", "neil", "neal", "nathaniel", "oscar", "owen", "rodney",
        "ross", "rudy", "rudolph", "seth", "shane", "spencer", "tommy", "travis", "trevor", "troy", "vernon",
        "wesley", "wendell", "wallace", "barry", "calvin", "cecil", "clifford", "clyde", "darrell", "darren", "derek",
        "dean", "dwight", "edgar", "edwin", "elliot", "elliott", "emmanuel", "everett", "floyd", "francis",
        "franklin", "gene", "gilbert", "hal", "irving", "isaac", "jimmy", "jerome", "joey", "jonathon", "julian",
        "julius", "ken", "kenny", "lamar", "leroy", "lester", "lionel", "luke", "malcolm", "marshall", "micah",
        "milton", "nelson", "nigel", "otis", "percy", "pete", "preston", "reginald", "reid", "richie", "roland",
        "ruben", "salvador", "sidney", "simon", "stan", "terrence", "theodore", "vince", "wilbur", "xavier", "zach",
        "zack", "abe", "ahmed", "mohammed", "muhammad", "omar", "dmitry", "sergei", "viktor", "andre", "andres",
        "angelo", "brett", "bret", "chad", "clint", "cody", "cole", "darryl", "devin", "dominic", "duane", "dustin",
        "edmund", "emil", "erik", "evan", "felix", "gavin", "gerard", "jeffery", "joaquin", "kirk", "marcus",
        "morris", "ned", "nolan", "quentin", "raul", "reggie", "rodrigo", "ronnie", "saul", "stefan", "terrance",
        "toby", "walt", "wyatt",
    ]

    static let pronouns = WordTable<Person.Gender>([
        ("he", .male), ("she", .female), ("they", .unknown), ("i", .unknown), ("we", .unknown), ("it", .unknown),
    ])

    /// Nouns that denote a person or group able to say something.
    static let speakerNouns: WordSet = [
        "source", "sources", "official", "officials", "spokesman", "spokeswoman", "spokesperson", "aide", "aides",
        "adviser", "advisers", "advisor", "advisors", "analyst", "analysts", "expert", "experts", "critic", "critics",
        "supporter", "supporters", "lawmaker", "lawmakers", "senator", "senators", "congressman", "candidate",
        "candidates", "nominee", "president", "campaign", "statement", "report", "poll", "polls", "survey", "study",
        "people", "voters", "residents", "police", "investigators", "prosecutors", "authorities", "authority",
        "witnesses",
        "doctors", "researchers", "economists", "executives", "democrats", "republicans", "singer", "actor",
        "actress", "star", "mother", "father", "wife", "husband", "author", "reporter", "reporters", "spokespeople",
        "representatives", "leaders", "leader", "members", "member", "director", "chairman", "secretary", "governor",
        "mayor", "judge", "lawyer", "lawyers", "attorney", "attorneys", "group", "groups", "organization", "company",
        "administration", "government", "officer", "officers", "agency", "department", "committee", "memo", "letter",
        "post", "tweet", "filing", "documents", "data", "polling", "others", "some", "many", "most", "observers",
        "insiders", "allies", "opponents", "strategists", "pollsters", "activists", "protesters", "employees",
        "workers", "diplomats", "scientists", "historians", "economist", "scholar", "scholars", "professor",
        "manager", "chief", "spokesmen", "friend", "friends", "family", "son", "daughter", "brother", "sister",
        "businessman", "billionaire", "nominees", "rival", "rivals", "opponent", "team", "staff", "staffers",
        "article", "newspaper", "outlet", "website", "paper", "network", "book", "ad", "ads", "video", "speech",
        "analysis", "estimates", "figures", "records", "experts", "operative", "operatives", "donor", "donors",
        "man", "woman", "men", "women", "person", "user", "users", "fans", "teacher", "student", "students", "percent",
        "ruling", "piece", "editorial", "clip", "decision", "opinion", "complaint", "lawsuit", "announcement",
        "narrator", "announcer", "historian", "reader", "readers", "widow", "caller", "host", "anchor", "moderator",
        "advocates", "delegates", "commenters", "veterans", "negotiators", "regulators", "legislators", "governors",
        "mayors", "ministers", "ambassadors", "envoys", "correspondents", "commentators", "pundits", "campaigners",
        "organizers", "organisers", "founders", "chairwoman", "council", "court", "board", "commission", "panel",
        "union", "ministry", "office", "embassy", "delegation", "party", "half", "majority", "majorities",
        "minority", "plurality",
        // Roles, ranks and relations that speak in news copy (singular or plural alike).
        "admiral", "general", "colonel", "captain", "commander", "sergeant", "lieutenant", "sheriff", "incumbent",
        "challenger", "legend", "pastor", "priest", "rabbi", "bishop", "imam", "minister", "ambassador", "envoy",
        "diplomat", "prosecutor", "detective", "agent", "trooper", "coach", "player", "owner", "founder", "ceo",
        "executive", "speaker", "veteran", "survivor", "victim", "neighbor", "neighbour", "resident", "worker",
        "employee", "nurse", "doctor", "physician", "surgeon", "teenager", "mom", "dad", "grandmother", "grandfather",
        "uncle", "aunt", "cousin", "boyfriend", "girlfriend", "partner", "colleague", "classmate", "inmate",
        "prisoner", "defendant", "plaintiff", "witness", "juror", "voter", "delegate", "forecaster", "participant",
        "respondent", "protester", "demonstrator", "refugee", "immigrant", "farmer", "retiree", "student", "head",
        "heads", "deputy", "chair",
    ]
}
