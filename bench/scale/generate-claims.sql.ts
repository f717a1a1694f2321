// The SQL that fills a bench database with articles and claims, French and English, built in the
// database from word lists (INSERT … SELECT over generate_series: no row crosses the wire, so a
// million claims take minutes, not hours). setseed() makes every run generate the same data.

const list = (words: string[]) => `ARRAY[${words.map((w) => `'${w.replaceAll("'", "''")}'`).join(",")}]`;
/** A random element of a SQL array literal; `salt` varies the draw between columns of one row. */
const pick = (words: string[]) => `(${list(words)})[1 + floor(random() * ${words.length})::int]`;

const fr = {
  subjects: ["Le gouvernement", "La ministre de la Santé", "Le maire de Lyon", "La préfecture", "Le syndicat des infirmiers", "L'Insee", "La Banque de France", "Le président de la région", "Un porte-parole de l'armée", "La SNCF", "Le rectorat", "L'opposition", "Le Premier ministre", "La CGT", "Météo-France", "L'ARS", "Le procureur", "La mairie de Marseille", "Le Medef", "Une source policière"],
  verbs: ["a annoncé", "affirme avoir versé", "a promis", "assure avoir supprimé", "a confirmé", "estime avoir créé", "a déclaré avoir financé", "dit avoir fermé", "revendique", "a démenti avoir coupé", "prévoit", "a chiffré à"],
  quantities: ["3 millions d'euros", "1 200 postes", "42 % des lits", "15 000 logements", "deux milliards d'euros", "300 classes", "7 % de hausse", "la moitié des contrôles", "860 emplois", "12 hôpitaux", "un tiers des trains", "90 000 repas"],
  objects: ["pour la sécurité des écoles", "dans les hôpitaux publics", "pour la rénovation thermique", "dans les transports régionaux", "pour l'aide alimentaire", "contre la fraude sociale", "pour la police municipale", "dans l'enseignement agricole", "pour les urgences pédiatriques", "contre les violences conjugales", "pour la sécheresse", "dans la recherche publique", "pour les retraites agricoles", "dans la filière nucléaire"],
  places: ["à Lyon", "en Bretagne", "à Marseille", "en Île-de-France", "dans le Nord", "en Occitanie", "à Strasbourg", "en Guadeloupe", "à Lille", "en Corse", "à Nantes", "dans les Alpes", "à Toulouse", "en Normandie", "à Bordeaux", "dans le Grand Est"],
  times: ["depuis 2017", "l'an dernier", "en 2023", "d'ici à 2027", "cet hiver", "en deux ans", "depuis le début du mandat", "la semaine dernière", "en 2019", "depuis la crise sanitaire"],
  first: ["Anne", "Jean", "Sophie", "Karim", "Élodie", "François", "Nadia", "Olivier", "Céline", "Mathieu", "Aïcha", "Hervé", "Julie", "Thomas", "Léa", "Rachid"],
  last: ["Morel", "Dubois", "Lefèvre", "Benali", "Girard", "Roux", "Faure", "Mercier", "Blanc", "Garnier", "Chevalier", "Perrin", "Lemoine", "Fontaine", "Rousseau", "Nguyen"],
  outlets: ["Le Monde", "Libération", "Le Figaro", "Ouest-France", "La Voix du Nord", "Mediapart", "France Info", "Le Parisien", "Sud Ouest", "La Dépêche"],
};

const en = {
  subjects: ["The government", "The health secretary", "The mayor of Leeds", "The Treasury", "The nurses' union", "The Office for National Statistics", "The Bank of England", "The governor", "A military spokesperson", "Network Rail", "The education department", "The opposition", "The prime minister", "The teachers' union", "The Met Office", "The NHS trust", "The prosecutor", "The city council", "The CBI", "A police source"],
  verbs: ["announced", "says it paid", "promised", "claims to have cut", "confirmed", "estimates it created", "said it funded", "says it closed", "takes credit for", "denied cutting", "plans", "put the cost at"],
  quantities: ["3 million pounds", "1,200 jobs", "42 percent of beds", "15,000 homes", "two billion dollars", "300 classrooms", "a 7 percent rise", "half of all inspections", "860 posts", "12 hospitals", "a third of trains", "90,000 meals"],
  objects: ["for school safety", "in public hospitals", "for home insulation", "in regional transport", "for food banks", "against benefit fraud", "for community policing", "in agricultural colleges", "for children's emergency care", "against domestic violence", "for the drought", "in public research", "for farmers' pensions", "in the nuclear industry"],
  places: ["in Leeds", "in Scotland", "in Manchester", "in London", "in the North East", "in Wales", "in Bristol", "in Northern Ireland", "in Liverpool", "in Cornwall", "in Birmingham", "in the Midlands", "in Glasgow", "in Yorkshire", "in Cardiff", "in Kent"],
  times: ["since 2017", "last year", "in 2023", "by 2027", "this winter", "in two years", "since taking office", "last week", "in 2019", "since the pandemic"],
  first: ["Anne", "John", "Sophie", "Kareem", "Emily", "Frank", "Nadia", "Oliver", "Grace", "Matthew", "Aisha", "Harry", "Julia", "Thomas", "Leah", "Raj"],
  last: ["Morris", "Davies", "Evans", "Khan", "Wright", "Roberts", "Walker", "Hughes", "Green", "Hall", "Clarke", "Patel", "Lewis", "Young", "Turner", "Baker"],
  outlets: ["The Guardian", "The Times", "BBC News", "The Independent", "Financial Times", "Daily Mirror", "The Telegraph", "Sky News", "The Scotsman", "Evening Standard"],
};

type Words = typeof fr;

const quote = (w: Words) => `${pick(w.subjects)} || ' ' || ${pick(w.verbs)} || ' ' || ${pick(w.quantities)} || ' ' || ${pick(w.objects)} || ' ' || ${pick(w.places)} || ' ' || ${pick(w.times)}`;
const summary = (w: Words) => `initcap(split_part(${pick(w.objects)}, ' ', 2)) || ' ' || ${pick(w.places)} || ': ' || ${pick(w.quantities)}`;
const person = (w: Words) => `${pick(w.first)} || ' ' || ${pick(w.last)}`;

const statuses = `(ARRAY['draft','draft','draft','draft','draft','in_review','changes_requested','approved','approved','dismissed'])[1 + floor(random() * 10)::int]::"ClaimStatus"`;
const verdicts = `(ARRAY['true','mostly_true','mixed','mostly_false','false','misleading','unverifiable'])[1 + floor(random() * 7)::int]::"Verdict"`;
const levels = `(enum_range(NULL::"AttributionLevel"))[1 + floor(random() * 9)::int]`;

/** Statements, run in order: articles, then `perArticle` claims for each. */
export function generationSql(articles: number, perArticle: number, userIds: string[]): string[] {
  const users = `(${list(userIds)})`;
  const byLanguage = (w: Words, what: (w: Words) => string) => what(w);
  return [
    `SELECT setseed(0.42)`,
    `INSERT INTO "article" ("id", "title", "outlet", "url", "language", "publishedAt", "text", "textHash", "addedById", "updatedById", "createdAt", "updatedAt")
     SELECT gen_random_uuid(),
            CASE WHEN g % 5 < 3 THEN ${byLanguage(fr, summary)} ELSE ${byLanguage(en, summary)} END,
            CASE WHEN g % 5 < 3 THEN ${pick(fr.outlets)} ELSE ${pick(en.outlets)} END,
            'https://news.example/' || g,
            CASE WHEN g % 5 < 3 THEN 'fr' ELSE 'en' END::"Language",
            t, 'Texte de l''article ' || g, md5(g::text), u, u, t, t
       FROM generate_series(1, ${articles}) g,
            LATERAL (SELECT timestamptz '2023-01-01' + (g::float8 / ${articles}) * interval '1000 days' AS t, ${users}[1 + (g % ${userIds.length})] AS u) x`,
    `INSERT INTO "claim" ("id", "articleId", "quote", "anchorStart", "anchorEnd", "anchorTextHash", "summary", "claimantName", "attributionLevel",
                          "checkworthiness", "status", "verdict", "assigneeId", "createdById", "updatedById", "createdAt", "updatedAt", "approvedAt")
     SELECT gen_random_uuid(), a."id", q.quote, n * 100, n * 100 + 90, a."textHash",
            CASE WHEN random() < 0.6 THEN q.summary END,
            q.claimant, ${levels}, random(), s.status,
            CASE WHEN s.status IN ('approved', 'in_review') OR random() < 0.1 THEN ${verdicts} END,
            CASE WHEN random() < 0.3 THEN ${users}[1 + floor(random() * ${userIds.length})::int] END,
            a."addedById", a."addedById", c.t, c.t, CASE WHEN s.status = 'approved' THEN c.t + interval '2 days' END
       FROM "article" a
       CROSS JOIN generate_series(1, ${perArticle}) n
       CROSS JOIN LATERAL (SELECT a."createdAt" + n * interval '7 minutes' AS t) c
       CROSS JOIN LATERAL (SELECT ${statuses} AS status, n AS touch) s
       CROSS JOIN LATERAL (
         SELECT CASE WHEN a."language" = 'fr' THEN ${quote(fr)} ELSE ${quote(en)} END AS quote,
                CASE WHEN a."language" = 'fr' THEN ${summary(fr)} ELSE ${summary(en)} END AS summary,
                CASE WHEN random() < 0.5 THEN CASE WHEN a."language" = 'fr' THEN ${person(fr)} ELSE ${person(en)} END
                     ELSE CASE WHEN a."language" = 'fr' THEN ${pick(fr.subjects)} ELSE ${pick(en.subjects)} END END AS claimant,
                n AS touch
       ) q`,
  ];
}
