package org.casebake.bench;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fixed word lists a synthetic course is written from: company names, students' names, themes and
 * the phrases of business-school prose. Immutable, so any number of generators may share them.
 */
final class SyntheticVocabulary {

    /** Theme slugs and their labels, declared in the synthetic site-config and used by answers. */
    static final Map<String, String> THEMES = sortedThemes();

    /** The theme slugs in sorted order. */
    static final List<String> THEME_SLUGS = List.copyOf(THEMES.keySet());

    static final List<String> FIRST_NAMES = List.of(
            "Antonia", "Colin", "Marc", "Priya", "Jamal", "Sofia", "Liam", "Mei", "Tomasz", "Aisha",
            "Diego", "Hannah", "Kofi", "Elena", "Noah", "Yuki", "Fatima", "Lucas", "Ingrid", "Omar",
            "Chloe", "Rafael", "Nadia", "Ethan", "Zara", "Mateo", "Leila", "Owen", "Anya", "Samuel",
            "Grace", "Ravi", "Isabel", "Jonas", "Amara", "Felix", "Rosa", "Kenji", "Maya", "Daniel");

    static final List<String> LAST_NAMES = List.of(
            "Stevenson", "Okafor", "Nguyen", "Kowalski", "Haddad", "Martinez", "O'Brien", "Lindqvist",
            "Patel", "Schmidt", "Rossi", "Tanaka", "Mensah", "Dubois", "Fischer", "Alvarez", "Kim",
            "Novak", "Hughes", "Bianchi", "Singh", "Moreau", "Jensen", "Costa", "Adeyemi", "Walsh",
            "Ivanova", "Brennan", "Yamamoto", "Santos", "Gallagher", "Ahmed", "Larsen", "Chen",
            "Romero", "Keller", "Osei", "Murphy", "Petrov", "Whitfield");

    static final List<String> COMPANY_PREFIXES = List.of(
            "Harbor", "Northwind", "Bluestem", "Ironbridge", "Lumen", "Cedar", "Quarry", "Summit",
            "Tidewater", "Juniper", "Keystone", "Redwood", "Falcon", "Meridian", "Granite", "Willow");

    static final List<String> COMPANY_SUFFIXES = List.of(
            "Logistics", "Health", "Media", "Robotics", "Foods", "Energy", "Analytics", "Outfitters",
            "Pharma", "Mobility", "Books", "Telecom");

    static final List<String> CASE_TOPICS = List.of(
            "opens its routing data", "crowdsources its next product", "bets on a platform",
            "pays outsiders to fix its code", "licenses its core technology", "moves everything to the cloud",
            "launches an innovation prize", "spins off its research lab", "shares its designs with rivals",
            "builds a developer community", "buys its biggest supplier", "rethinks in-house research");

    static final List<String> PUBLISHERS = List.of(
            "Business Weekly", "The Strategy Review", "Tech Ledger", "Management Quarterly", "Market Journal");

    static final List<String> SUBJECTS = List.of(
            "The company", "Management", "The prize", "Its competitors", "The platform", "Each team",
            "The board", "Customers", "The data science group", "A small startup", "Outside developers",
            "The open-source community", "Investors", "The founders", "Senior engineers", "Its suppliers",
            "The strategy", "The new model", "Traditional firms", "The market");

    static final List<String> VERBS = List.of(
            "underestimated", "relied on", "invested in", "opened", "protected", "outsourced", "measured",
            "rewarded", "ignored", "licensed", "shared", "priced", "questioned", "copied", "attracted",
            "depended on", "reshaped", "exposed", "funded", "recruited", "challenged", "simplified",
            "accelerated", "weakened", "strengthened", "undervalued", "standardised", "commoditised",
            "redesigned", "tested", "abandoned", "defended", "monetised", "spread", "absorbed",
            "borrowed", "explained", "delayed", "justified", "anticipated");

    static final List<String> ADJECTIVES = List.of(
            "proprietary", "open", "hidden", "long-term", "short-term", "scarce", "cheap", "expensive",
            "external", "internal", "global", "local", "risky", "reliable", "fragile", "strategic",
            "technical", "shared", "competitive", "loyal", "creative", "talented", "volunteer", "paid",
            "existing", "emerging", "traditional", "radical", "measurable", "unexpected", "public",
            "private", "critical", "modest", "ambitious", "complex", "simple", "costly", "flexible", "rigid");

    static final List<String> NOUNS = List.of(
            "infrastructure", "talent", "software", "know-how", "reputation", "incentives", "costs",
            "security", "intellectual property", "community", "ecosystem", "standards", "engineers",
            "tools", "code base", "cloud services", "recruiting", "margins", "partners", "feedback",
            "innovation", "control", "quality", "speed", "trust", "data", "algorithms", "prizes",
            "volunteers", "customers", "licences", "competitors", "research", "experiments", "budgets",
            "deadlines", "skills", "contracts", "patents", "documentation", "roadmap", "priorities",
            "bugs", "features", "loyalty", "capabilities", "rivals", "platforms", "suppliers", "risks");

    static final List<String> OPENERS = List.of(
            "In hindsight,", "On the other hand,", "Crucially,", "For example,", "At first sight,",
            "In my view,", "Most importantly,", "By contrast,", "Over time,", "In practice,",
            "To be fair,", "Put simply,");

    static final List<String> CONNECTORS = List.of(
            "because", "although", "while", "so that", "which meant that", "even though", "and so",
            "whereas", "until", "since");

    static final List<String> HEADINGS = List.of(
            "Background", "The decision", "What happened next", "The market", "Open questions",
            "The numbers", "People and incentives", "Risks");

    private SyntheticVocabulary() {
    }

    private static Map<String, String> sortedThemes() {
        Map<String, String> themes = new TreeMap<>();
        themes.put("open-innovation", "Open innovation");
        themes.put("outsourcing", "Outsourcing");
        themes.put("talent", "Finding talent");
        themes.put("security", "Security");
        themes.put("cost", "Cost");
        themes.put("competition", "Competition");
        themes.put("incentives", "Incentives");
        themes.put("intellectual-property", "Intellectual property");
        themes.put("community", "Community");
        themes.put("cloud", "Cloud computing");
        themes.put("speed", "Speed of development");
        themes.put("quality", "Quality");
        themes.put("control", "Control");
        themes.put("reputation", "Reputation");
        themes.put("recruiting", "Recruiting");
        themes.put("risk", "Risk");
        themes.put("platforms", "Platforms");
        themes.put("standards", "Standards");
        themes.put("future-of-it", "The future of IT");
        themes.put("in-house", "In-house development");
        return java.util.Collections.unmodifiableMap(themes);
    }
}
