namespace Plenary.Application.Recommendations.Similarity;

/// <summary>
/// What the similarity assistant knows of the register in which Member States phrase their
/// suggestions: the words that carry no meaning there (stop words, general English and the
/// boilerplate of a recommendation), and the expressions that name one thing in several ways
/// (synonym groups, single words or phrases). Written from the vocabulary of crime-prevention
/// and cybercrime texts before the labelled set was written, so that the set measures it rather
/// than being fitted by it (ADR 0016).
/// </summary>
public static class RegisterVocabulary
{
    /// <summary>General English words that carry no subject matter.</summary>
    public static readonly IReadOnlyList<string> EnglishStopWords =
    [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "among", "an", "and", "any", "are",
        "as", "at", "be", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did",
        "do", "does", "doing", "during", "each", "either", "etc", "every", "few", "for", "from", "further", "had",
        "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however",
        "i", "if", "in", "into", "is", "it", "its", "itself", "just", "like", "me", "more", "most", "much", "must",
        "my", "myself", "neither", "nor", "now", "of", "off", "on", "once", "one", "only", "onto", "or", "other",
        "others", "otherwise", "our", "ours", "ourselves", "out", "over", "own", "per", "same", "shall", "she",
        "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then",
        "there", "thereby", "therefore", "these", "they", "this", "those", "through", "thus", "to", "too", "under",
        "until", "up", "upon", "us", "very", "via", "was", "we", "were", "what", "when", "where", "whether", "which",
        "while", "who", "whom", "whose", "why", "will", "with", "within", "without", "would", "yet", "you", "your",
    ];

    /// <summary>
    /// Words of the recommendation's frame rather than its substance: who recommends to whom,
    /// and the modal verbs of a suggestion. "Member States should consider ...", "The Expert
    /// Group recommends that States ..." and "The Conference of the States Parties recommends ..."
    /// differ only in these (the names of the kinds of body are listed so that any body's frame drops out).
    /// </summary>
    public static readonly IReadOnlyList<string> RegisterStopWords =
    [
        "member", "states", "state", "country", "countries", "government", "governments", "expert", "group",
        "commission", "committee", "conference", "parties", "party", "assembly", "council", "ad", "hoc",
        "recommend", "recommends", "recommended", "recommendation", "recommendations", "conclude", "concludes",
        "conclusion", "conclusions", "encourage", "encouraged", "encourages", "invite", "invited", "invites",
        "urge", "urged", "urges", "call", "calls", "called", "consider", "considering", "consideration", "may",
        "might", "wish", "wishes", "need", "needs", "necessary", "appropriate", "appropriately", "relevant",
        "including", "include", "includes", "particular", "particularly", "inter", "alia", "possible", "possibly",
        "ensure", "ensuring", "continue", "continued", "continuing", "undertake", "take", "taking", "steps",
        "measures", "efforts", "effort", "way", "ways", "order", "view", "regard", "respect", "well", "due",
        "note", "notes", "noted", "stress", "stresses", "emphasize", "emphasizes", "underline", "underlines",
        "acknowledge", "acknowledges", "recognize", "recognizes", "importance", "important", "essential",
        "crucial", "key", "vital", "paramount", "greater", "best", "good", "practice", "practices", "practise",
        "possible", "available", "existing", "new", "various", "different", "specific", "related", "regarding",
        "concerning", "accordance", "basis", "purpose", "purposes", "aim", "aimed", "end", "matter", "matters",
    ];

    /// <summary>
    /// Synonym groups: each line names one thing; the first entry is its canonical form and the
    /// others are read as the same term. Entries may be phrases; the longest one that matches wins.
    /// </summary>
    public static readonly IReadOnlyList<string[]> Synonyms =
    [
        // Subject matter
        ["cybercrime", "cyber crime", "cybercrimes", "cyber-enabled crime", "cyber-dependent crime", "computer crime",
            "computer-related crime", "cyber offence", "cyber offences", "cyberoffence", "online crime", "crime online",
            "crimes committed online", "crimes committed using information and communications technologies",
            "criminal misuse of information and communications technologies", "use of information and communications technologies for criminal purposes"],
        ["information and communications technologies", "information and communication technologies", "information and communications technology",
            "ict", "icts", "digital technologies", "computer systems", "computer system"],
        ["electronic evidence", "digital evidence", "e-evidence", "evidence in electronic form", "electronic data as evidence", "digital forensic evidence"],
        ["forensics", "digital forensics", "forensic", "forensic analysis", "forensic capacity", "forensic laboratories", "forensic laboratory"],
        ["service providers", "service provider", "internet service providers", "ISPs", "isp", "communications service providers",
            "online service providers", "technology companies", "technology firms", "platforms", "online platforms", "providers"],
        ["private sector", "industry", "business community", "businesses", "companies", "corporate sector"],
        ["mutual legal assistance", "mla", "mlat", "mlats", "legal assistance", "assistance in criminal matters", "mutual assistance"],
        ["extradition", "surrender of fugitives", "extradite"],
        ["24/7 network", "24/7 networks", "24/7 points of contact", "24/7 point of contact", "round-the-clock points of contact",
            "round-the-clock contact points", "points of contact available at all times", "contact points available around the clock", "24-hour contact points"],
        ["point of contact", "points of contact", "contact point", "contact points", "focal point", "focal points"],
        ["law enforcement", "police", "law enforcement agencies", "law enforcement authorities", "law enforcement officers", "police forces"],
        ["judges", "judiciary", "judicial authorities", "judicial officers", "magistrates"],
        ["prosecutors", "prosecution services", "prosecuting authorities", "public prosecutors"],
        ["criminal justice practitioners", "practitioners", "criminal justice officials", "criminal justice professionals"],
        ["capacity-building", "capacity building", "technical assistance", "build capacity", "build capacities", "building capacities",
            "capacity development", "build the capacity", "building the capacity"],
        ["training", "train", "trained", "training courses", "training programmes", "curricula", "curriculum"],
        ["legislation", "laws", "law", "legal framework", "legal frameworks", "legislative framework", "legislative frameworks",
            "statutes", "statutory framework", "domestic law", "domestic laws", "national law", "national laws", "legal provisions"],
        ["domestic", "national", "internal"],
        ["criminalize", "criminalization", "criminalise", "criminalisation", "establish as criminal offences", "establish as a criminal offence",
            "make punishable", "penalize", "criminal offences", "criminal offence", "offences", "offence", "crimes"],
        ["child sexual abuse material", "child sexual exploitation material", "child pornography", "csam", "images of child sexual abuse",
            "child sexual abuse", "child sexual exploitation", "sexual exploitation of children", "sexual abuse of children"],
        ["children", "child", "minors", "young people", "youth", "juveniles"],
        ["human rights", "fundamental rights", "fundamental freedoms", "human rights and fundamental freedoms", "rights and freedoms"],
        ["privacy", "right to privacy", "data protection", "protection of personal data", "personal data protection"],
        ["safeguards", "guarantees", "conditions and safeguards", "checks and balances", "oversight"],
        ["preservation", "expedited preservation", "preserve", "preserved", "quick freeze", "freezing of data", "data retention", "retention", "retain"],
        ["subscriber information", "subscriber data", "basic subscriber information", "user identity data"],
        ["traffic data", "metadata", "communication metadata"],
        ["content data", "content of communications", "stored content"],
        ["jurisdiction", "jurisdictional", "jurisdictions"],
        ["cross-border", "transnational", "across borders", "beyond national borders", "transborder", "extraterritorial"],
        ["international cooperation", "cooperation between states", "cooperation among states", "cooperation across borders",
            "interstate cooperation", "international collaboration", "cooperation at the international level"],
        ["cooperation", "collaboration", "cooperate", "collaborate", "cooperating", "collaborating", "partnership", "partnerships", "work together", "working together"],
        ["public-private partnerships", "public-private partnership", "public-private cooperation", "cooperation with the private sector",
            "partnerships with the private sector", "collaboration with industry", "cooperation with industry"],
        ["information sharing", "exchange of information", "sharing of information", "share information", "exchange information",
            "information exchange", "exchange data", "sharing data", "data sharing", "share data"],
        ["share", "exchange", "sharing", "exchanging", "pool", "pooling"],
        ["strengthen", "enhance", "reinforce", "improve", "bolster", "step up", "upgrade"],
        ["establish", "create", "set up", "put in place", "develop", "build", "introduce", "institute"],
        ["promote", "foster", "advance", "support", "facilitate"],
        ["harmonize", "harmonise", "harmonization", "harmonisation", "align", "alignment", "approximate", "compatible", "compatibility", "consistency", "consistent", "interoperable"],
        ["prompt", "timely", "expeditious", "expeditiously", "swift", "swiftly", "rapid", "rapidly", "speedy", "quickly", "quick", "fast", "without delay", "without undue delay", "urgent", "urgently", "expedite", "expedited"],
        ["awareness-raising", "awareness raising", "raise awareness", "raising awareness", "public awareness", "awareness campaigns",
            "awareness", "information campaigns", "sensitization", "sensitize"],
        ["education", "educational", "schools", "school curricula", "digital literacy", "media literacy"],
        ["victims", "victim", "persons affected", "those affected", "survivors"],
        ["small and medium-sized enterprises", "smes", "small businesses", "small and medium enterprises"],
        ["developing countries", "developing states", "least developed countries", "low-income countries", "countries with limited resources",
            "states with fewer resources", "less developed"],
        ["unodc", "united nations office on drugs and crime", "the office"],
        ["global programme on cybercrime", "global programme"],
        ["computer emergency response teams", "cert", "certs", "csirt", "csirts", "computer security incident response teams",
            "incident response teams", "computer emergency response team"],
        ["joint investigation teams", "joint investigations", "jit", "jits", "joint investigative teams"],
        ["specialized units", "specialised units", "dedicated units", "specialized unit", "dedicated unit", "specialized cybercrime units",
            "dedicated cybercrime units", "specialized agencies", "specialized bodies"],
        ["cryptocurrencies", "cryptocurrency", "virtual currencies", "virtual currency", "virtual assets", "crypto-assets", "digital currencies"],
        ["dark web", "darknet", "dark net", "darkweb"],
        ["ransomware", "extortion software"],
        ["malware", "malicious software", "malicious code", "viruses"],
        ["encryption", "encrypted", "encrypted communications", "end-to-end encryption"],
        ["statistics", "data collection", "statistical data", "collect data", "collection of data", "figures"],
        ["research", "studies", "study", "analysis"],
        ["convention", "treaty", "treaties", "conventions", "international instrument", "international instruments",
            "legal instrument", "legal instruments", "multilateral instrument", "binding instrument"],
        ["multilateral", "global"],
        ["regional", "subregional", "region", "regions"],
        ["bilateral", "bilaterally"],
        ["investigation", "investigations", "investigate", "investigating", "investigative", "inquiries"],
        ["prosecution", "prosecute", "prosecuting", "prosecutions", "bring to justice", "bringing to justice"],
        ["procedural powers", "investigative powers", "procedural measures", "procedural tools", "investigative tools", "investigative techniques", "special investigative techniques"],
        ["admissibility", "admissible", "admitted in court", "accepted in court", "accepted by courts", "used in court", "evidentiary value"],
        ["authenticity", "authentic", "integrity", "chain of custody", "reliability", "reliable"],
        ["courts", "court", "tribunals", "criminal proceedings", "trials", "trial"],
        ["requests", "request", "requesting", "requested"],
        ["central authorities", "central authority"],
        ["templates", "template", "model forms", "standard forms", "forms", "model request forms"],
        ["online", "internet", "cyberspace", "digital environment", "digital space", "online environment"],
        ["prevention", "prevent", "preventing", "preventive", "prevention strategies", "crime prevention"],
        ["strategy", "strategies", "policy", "policies", "action plan", "action plans", "national plan"],
        ["civil society", "non-governmental organizations", "ngos", "community organizations"],
        ["academia", "universities", "academic institutions", "research institutions", "academic community"],
        ["multi-stakeholder", "multistakeholder", "all stakeholders", "stakeholders", "whole-of-society", "whole of society"],
        ["resources", "funding", "financial resources", "budget", "budgets", "adequate resources", "resourcing"],
        ["vulnerable groups", "vulnerable persons", "persons in vulnerable situations", "vulnerable", "at-risk groups", "at risk"],
        ["gender", "women and girls", "gender-sensitive", "gender perspective", "gender mainstreaming"],
        ["identity theft", "identity-related crime", "identity fraud", "misuse of identity"],
        ["fraud", "online fraud", "scams", "scam", "financial fraud", "deception"],
        ["money-laundering", "money laundering", "laundering of proceeds", "proceeds of crime", "illicit proceeds", "criminal proceeds"],
        ["confiscation", "seizure", "seize", "freeze and confiscate", "forfeiture", "asset recovery"],
        ["terrorism", "terrorist", "terrorist purposes", "violent extremism"],
        ["hate speech", "incitement to hatred", "incitement"],
        ["freedom of expression", "freedom of opinion and expression", "free speech"],
        ["technology-neutral", "technologically neutral", "technology neutral", "future-proof", "neutral as to technology"],
        ["definitions", "definition", "terminology", "common terms", "shared terms", "common understanding"],
        ["illegal access", "unauthorized access", "unauthorised access", "hacking", "intrusion", "access without right"],
        ["data interference", "system interference", "damage to data", "interference with data", "interference with computer systems", "alteration of data"],
        ["critical infrastructure", "critical information infrastructure", "essential services", "vital infrastructure"],
        ["review", "evaluate", "evaluation", "assess", "assessment", "update", "updating", "revise", "revision", "amend", "amendment", "reform"],
        ["mechanism", "mechanisms", "procedures", "procedure", "channels", "channel", "arrangements", "framework"],
        ["trust", "confidence", "mutual trust", "confidence-building"],
        ["digital divide", "technology gap", "gap in capacities", "capacity gaps", "capacity gap", "disparities in capacity"],
    ];
}
