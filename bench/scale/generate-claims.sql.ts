// The SQL that fills a bench database with articles and claims, French and English, built in the
// database from word lists (INSERT … SELECT over generate_series: no row crosses the wire, so a
// million claims take minutes, not hours). setseed() makes every run generate the same data.

const list = (words: string[]) => `ARRAY[${words.map((w) => `'${w.replaceAll("'", "''")}'`).join(",")}]`;
/** A random element of a SQL array literal; `salt` varies the draw between columns of one row. */
const pick = (words: string[]) => `(${list(words)})[1 + floor(random() * ${words.length})::int]`;

const fr = {
  subjects: ["Le gouvernement", "La ministre de la Santé", "Le maire de Lyon", "La préfecture", "Le syndicat des infirmiers", "L'Insee", "La Banque de France", "Le président de la région", "Un porte-parole de l'armée", "La SNCF", "Le rectorat", "L'opposition", "Le Premier ministre", "La CGT", "Météo-France", "L'ARS", "Le procureur", "La mairie de Marseille", "Le Medef", "Une source policière"],
  verbs: ["a annoncé", "affirme avoir versé", "a promis", "assure avoir supprimé", "a confirmé", "estime avoir créé", "a déclaré avoir financé", "dit avoir fermé", "revendique", "a démenti avoir coupé", "prévoit", "a chiffré à"],
  objects: ["pour la sécurité des écoles", "dans les hôpitaux publics", "pour la rénovation thermique", "dans les transports régionaux", "pour l'aide alimentaire", "contre la fraude sociale", "pour la police municipale", "dans l'enseignement agricole", "pour les urgences pédiatriques", "contre les violences conjugales", "pour la sécheresse", "dans la recherche publique", "pour les retraites agricoles", "dans la filière nucléaire"],
  places: ["à Lyon", "en Bretagne", "à Marseille", "en Île-de-France", "dans le Nord", "en Occitanie", "à Strasbourg", "en Guadeloupe", "à Lille", "en Corse", "à Nantes", "dans les Alpes", "à Toulouse", "en Normandie", "à Bordeaux", "dans le Grand Est"],
  times: ["depuis 2017", "l'an dernier", "en 2023", "d'ici à 2027", "cet hiver", "en deux ans", "depuis le début du mandat", "la semaine dernière", "en 2019", "depuis la crise sanitaire"],
  units: ["millions d'euros", "postes", "lits", "logements", "classes", "emplois", "hôpitaux", "trains supprimés", "repas servis", "agents", "caméras", "kilomètres de voies", "exploitations", "entreprises aidées", "médecins", "tonnes de déchets", "places en crèche", "contrôles"],
  clauses: [", a précisé", ", selon", ", d'après", ", a répété", ", a nuancé", ", a contesté", ", a rappelé"],
  roles: ["porte-parole du ministère", "députée de la circonscription", "économiste à l'OFCE", "adjoint au maire", "directrice de l'hôpital", "secrétaire général du syndicat", "chercheuse au CNRS", "sénateur de l'Aude", "présidente de l'association", "préfet de région"],
  first: ["Anne", "Jean", "Sophie", "Karim", "Élodie", "François", "Nadia", "Olivier", "Céline", "Mathieu", "Aïcha", "Hervé", "Julie", "Thomas", "Léa", "Rachid", "Bernard", "Inès", "Yannick", "Camille", "Sébastien", "Fatou", "Gilles", "Manon", "Pascal", "Chloé", "Didier", "Sarah", "Luc", "Émilie", "Mehdi", "Agnès"],
  last: ["Morel", "Dubois", "Lefèvre", "Benali", "Girard", "Roux", "Faure", "Mercier", "Blanc", "Garnier", "Chevalier", "Perrin", "Lemoine", "Fontaine", "Rousseau", "Nguyen", "Marchand", "Bertrand", "Colin", "Vidal", "Caron", "Lambert", "Bonnet", "François", "Martinez", "Legrand", "Gauthier", "Mathieu", "Robin", "Masson", "Sanchez", "Henry"],
  outlets: ["Le Monde", "Libération", "Le Figaro", "Ouest-France", "La Voix du Nord", "Mediapart", "France Info", "Le Parisien", "Sud Ouest", "La Dépêche"],
};

const en = {
  subjects: ["The government", "The health secretary", "The mayor of Leeds", "The Treasury", "The nurses' union", "The Office for National Statistics", "The Bank of England", "The governor", "A military spokesperson", "Network Rail", "The education department", "The opposition", "The prime minister", "The teachers' union", "The Met Office", "The NHS trust", "The prosecutor", "The city council", "The CBI", "A police source"],
  verbs: ["announced", "says it paid", "promised", "claims to have cut", "confirmed", "estimates it created", "said it funded", "says it closed", "takes credit for", "denied cutting", "plans", "put the cost at"],
  objects: ["for school safety", "in public hospitals", "for home insulation", "in regional transport", "for food banks", "against benefit fraud", "for community policing", "in agricultural colleges", "for children's emergency care", "against domestic violence", "for the drought", "in public research", "for farmers' pensions", "in the nuclear industry"],
  places: ["in Leeds", "in Scotland", "in Manchester", "in London", "in the North East", "in Wales", "in Bristol", "in Northern Ireland", "in Liverpool", "in Cornwall", "in Birmingham", "in the Midlands", "in Glasgow", "in Yorkshire", "in Cardiff", "in Kent"],
  times: ["since 2017", "last year", "in 2023", "by 2027", "this winter", "in two years", "since taking office", "last week", "in 2019", "since the pandemic"],
  units: ["million pounds", "jobs", "beds", "homes", "classrooms", "posts", "hospitals", "cancelled trains", "meals served", "officers", "cameras", "miles of track", "farms", "firms helped", "doctors", "tonnes of waste", "nursery places", "inspections"],
  clauses: [", said", ", according to", ", added", ", insisted", ", cautioned", ", disputed", ", recalled"],
  roles: ["a ministry spokesperson", "the local MP", "an economist at the IFS", "the deputy mayor", "the hospital's director", "the union's general secretary", "a researcher at UCL", "a senator", "the charity's chair", "the regional commissioner"],
  first: ["Anne", "John", "Sophie", "Kareem", "Emily", "Frank", "Nadia", "Oliver", "Grace", "Matthew", "Aisha", "Harry", "Julia", "Thomas", "Leah", "Raj", "Brian", "Imogen", "Gareth", "Chloe", "Stuart", "Fiona", "Nigel", "Zara", "Duncan", "Priya", "Callum", "Hannah", "Owen", "Megan", "Ravi", "Alice"],
  last: ["Morris", "Davies", "Evans", "Khan", "Wright", "Roberts", "Walker", "Hughes", "Green", "Hall", "Clarke", "Patel", "Lewis", "Young", "Turner", "Baker", "Campbell", "Stewart", "Murphy", "Kelly", "Ahmed", "Price", "Bennett", "Fraser", "Watson", "Graham", "Mitchell", "Reid", "Hussain", "Ward", "Cooper", "Marshall"],
  outlets: ["The Guardian", "The Times", "BBC News", "The Independent", "Financial Times", "Daily Mirror", "The Telegraph", "Sky News", "The Scotsman", "Evening Standard"],
};

type Words = typeof fr;

// Most quotes carry a figure of their own and half of them a named person and a second clause, so
// that, as in real coverage, two unrelated claims share little more than a few common words.
const number = () => `(floor(random() * 9000) + 11)::text`;
const quote = (w: Words) =>
  `${pick(w.subjects)} || ' ' || ${pick(w.verbs)} || ' ' || ${number()} || ' ' || ${pick(w.units)} || ' ' || ${pick(w.objects)} || ' ' || ${pick(w.places)} || ' ' || ${pick(w.times)}` +
  ` || CASE WHEN random() < 0.5 THEN ${pick(w.clauses)} || ' ' || ${pick(w.first)} || ' ' || ${pick(w.last)} || ', ' || ${pick(w.roles)} ELSE '' END`;
const summary = (w: Words) => `initcap(split_part(${pick(w.objects)}, ' ', 2)) || ' ' || ${pick(w.places)} || ': ' || ${number()} || ' ' || ${pick(w.units)}`;
const person = (w: Words) => `${pick(w.first)} || ' ' || ${pick(w.last)}`;

const statuses = `(ARRAY['draft','draft','draft','draft','draft','in_review','changes_requested','approved','approved','dismissed'])[1 + floor(random() * 10)::int]::"ClaimStatus"`;
const verdicts = `(ARRAY['true','mostly_true','mixed','mostly_false','false','misleading','unverifiable'])[1 + floor(random() * 7)::int]::"Verdict"`;
const levels = `(enum_range(NULL::"AttributionLevel"))[1 + floor(random() * 9)::int]`;

/** Statements, run in order: setseed, articles, `perArticle - 1` claims for each, then one more
 * claim per article that repeats, reordered and often reworded, the first claim of the next article
 * — the "same claim in another article" the similar-claims search is for. */
export function generationSql(articles: number, perArticle: number, userIds: string[]): string[] {
  const users = `(${list(userIds)})`;
  return [
    `SELECT setseed(0.42)`,
    `INSERT INTO "article" ("id", "title", "outlet", "url", "language", "publishedAt", "text", "textHash", "addedById", "updatedById", "createdAt", "updatedAt")
     SELECT gen_random_uuid(),
            CASE WHEN g % 5 < 3 THEN ${summary(fr)} ELSE ${summary(en)} END,
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
       CROSS JOIN generate_series(1, ${perArticle - 1}) n
       CROSS JOIN LATERAL (SELECT a."createdAt" + n * interval '7 minutes' AS t) c
       -- OFFSET 0 keeps the subquery a subquery, so random() is drawn for every claim, not once per n.
       CROSS JOIN LATERAL (SELECT ${statuses} AS status WHERE a."id" IS NOT NULL OFFSET 0) s
       CROSS JOIN LATERAL (
         SELECT CASE WHEN a."language" = 'fr' THEN ${quote(fr)} ELSE ${quote(en)} END AS quote,
                CASE WHEN a."language" = 'fr' THEN ${summary(fr)} ELSE ${summary(en)} END AS summary,
                CASE WHEN random() < 0.5 THEN CASE WHEN a."language" = 'fr' THEN ${person(fr)} ELSE ${person(en)} END
                     ELSE CASE WHEN a."language" = 'fr' THEN ${pick(fr.subjects)} ELSE ${pick(en.subjects)} END END AS claimant
          WHERE a."id" IS NOT NULL OFFSET 0
       ) q`,
    `WITH firsts AS (
       SELECT c."quote", c."claimantName", c."attributionLevel", row_number() OVER (ORDER BY a."createdAt", a."id") AS rn
         FROM "claim" c JOIN "article" a ON a."id" = c."articleId" WHERE c."anchorStart" = 100
     ), articles AS (
       SELECT a.*, row_number() OVER (ORDER BY a."createdAt", a."id") AS rn FROM "article" a
     )
     INSERT INTO "claim" ("id", "articleId", "quote", "anchorStart", "anchorEnd", "anchorTextHash", "claimantName", "attributionLevel",
                          "status", "createdById", "updatedById", "createdAt", "updatedAt")
     SELECT gen_random_uuid(), a."id",
            CASE WHEN random() < 0.5 THEN CASE WHEN a."language" = 'fr' THEN 'Selon ' ELSE 'According to ' END || coalesce(f."claimantName", '') || ', ' ELSE '' END
              || regexp_replace(f."quote", '^(.*) (\\S+ \\S+)$', '\\2, \\1'),
            5000, 5090, a."textHash", f."claimantName", f."attributionLevel", 'draft', a."addedById", a."addedById",
            a."createdAt" + interval '3 hours', a."createdAt" + interval '3 hours'
       FROM articles a JOIN firsts f ON f.rn = a.rn % ${articles} + 1`,
  ];
}
