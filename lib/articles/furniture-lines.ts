// Whole lines that are page furniture, read by clean-text.ts: each pattern, the reason it gives and
// the longest line it may match. Each is anchored on the full (trimmed) line so that an article
// sentence mentioning "cookies" or "newsletter" is never removed. A line longer than 140
// characters is furniture only for the patterns given a longer limit: appeals to the reader,
// which always address them ("you", « vous », "please", « soutenez-nous »).
import { anyCase } from "./unicode-words";
export const READER = String.raw`\b(?:you|your|please|us|our|never miss|don['’]t miss|vous|votre|vos|nous|notre|nos|soutenez|faites|recevez|inscrivez-vous|abonnez-vous|adhérez|témoignez|ne (?:manquez|ratez)|je m['’](?:inscris|abonne))(?![\p{L}])`;
const COMMENT_WORDS = String.raw`add yours\b|comments?\b|commentaires?\b|commenter\b|réactions?\b|réagir\b|réagissez\b|discussion\b|conversation\b|join\b|log in\b|sign in\b|register\b|have your say\b|donnez votre avis\b|connectez-vous\b|soyez le premier\b|be the first\b|add (?:your|a) comment\b|sort by\b|trier par\b|reply\b`;
// (A fourth element, "reader", marks patterns that need a word addressing the reader: they are only
// tried on lines that hold one, found once per line. "tail" marks patterns anchored at the line's
// end that span less than its last 160 characters: they are tried on those alone.)
// Notes about the page itself rather than the news ("This article was amended on…", "An earlier
// version of this story…", « Cet entretien est paru dans… »), also read after an update label.
export const PAGE_NOTE = String.raw`the audio version of this (?:article|story)|this (?:article|story|piece|column|interview|report|investigation|live blog|page|work|newsletter|post) (?:was|has been|is|is being|will be|may be|can be) (?:produced|published|amended|updated|corrected|revised|clarified|licensed|made possible|funded|supported|co-published|republished|originally|first|part of|written|edited|translated|generated|more than)|the (?:first |second |third |last |final )?(?:sentence|paragraph|headline|caption|photo caption) (?:has been|was) (?:clarified|corrected|amended|updated|changed|revised)|this (?:article|story|piece|report) (?:first|originally) appeared|an earlier version of this (?:article|story|piece|report)|a previous version of this (?:article|story)|(?:cet|cette|ce) (?:article|entretien|enquête|reportage|direct|récit|papier|contenu|grand format|dossier|série) (?:a été|a bénéficié|est paru|est publié|est issu|est extrait|vous est offert|fait partie|a initialement été|est actualisé)|une (?:précédente|première) version de cet article|une version (?:précédente|antérieure) de (?:cet article|ce texte|notre article|cette page)`;
/** A reader's comment's buttons under its text: "Reply · 24 likes", « Répondre · 12 j’aime ». */
// (Or with the count after it: « Répondre · J’aime (24) ».)
export const REPLY_LINE = /^(?:répondre|reply|signaler|report)(?:[\s\u00A0]?[·|][\s\u00A0]?(?:\d+[\s\u00A0])?(?:j['’]aime|likes?|recommandations?|recommends?|répondre|reply|signaler|report|partager|share)(?:[\s\u00A0]?\(\d+\))?)+$/iu;
// A sponsor's label: "PRESENTED BY PENNEWICK KITCHEN SUPPLY", "Sponsored by Quill & Co" (clean-text.ts
// also takes the pitch under it).
export const SPONSOR_LABEL = /^(?:presented by|sponsored by|brought to you by|présenté par|en partenariat avec)\s[^.!?«»“”"]{2,60}$/iu;
export type WidgetGate = "reader" | "tail";
// A commenter's line: "Gail Rasmussen-Toure · 2 hours ago", « Fredo · il y a 3 heures », « MarieJo.L
// · il y a 1 heure »; or with the date and time: « Pêcheurdusamedi · 18/05/2026 à 20h14 ».
export const COMMENTER_LINE = /^(?:[^.!?·|]|\.(?!\s)){2,40}[\s\u00A0][·|][\s\u00A0](?:\d+[\s\u00A0](?:minutes?|mins?|hours?|hrs?|days?|weeks?)[\s\u00A0]ago|il[\s\u00A0]y[\s\u00A0]a[\s\u00A0]\d+[\s\u00A0](?:minutes?|min|heures?|h|jours?|semaines?)|(?:le[\s\u00A0])?\d{1,2}\/\d{1,2}\/\d{2,4}(?:[\s\u00A0](?:à|at)[\s\u00A0]\d{1,2}[h:]\d{2}(?:[\s\u00A0]?[ap]\.?m\.?)?)?)$/iu;
export const WIDGET_LINES: Array<[RegExp, string, number?, WidgetGate?]> = [
  // A credit between pipes: "PHOTO | JOSEPH KARIUKI | LANTERN".
  [/^(?:PHOTO|Photo|IMAGE|Image|PICTURE|Picture)\s*\|\s*[^|.!?]{2,40}(?:\|\s*[^|.!?]{2,40})?$/u, "photo_credit", 80],
  // "X is independent and lives on its readers. Support us: donate…", « faites un don à… ».
  [new RegExp(String.raw`^(?!.*[«»“”"])(?=.*${READER})(?=.*\b(?:faites un don|faire un don|make a donation|making a donation|donate|ne vit que grâce à (?:ses|vos|nos) lecteurs|déductibles? à \d+|tax[- ]deductible|if you value (?:our |local |independent )?(?:journalism|reporting)|soutenez[- ]nous|aidez[- ]nous à|help us (?:keep|continue|publish|do more)|soutenez (?:un|le|notre) journalisme|support (?:us|our (?:journalism|newsroom|work|reporting)|(?:local|independent) journalism)|chip in|free to read|become a (?:supporter|member|subscriber)|your support keeps|devenez (?:donateur|donatrice|membre|abonnée?)|(?:from|à partir de|dès) [£$€]?\s?\d+(?:[.,]\d+)?\s?[£$€]? (?:a|per|par) (?:month|mois))(?![\p{L}])).{0,400}$`, "iu"), "donation", 400, "reader"],
  // "Sign up to the Morning Briefing to get the day's top stories in your inbox.", « Recevez
  // chaque matin l'essentiel de l'actualité… Je m'inscris ».
  [new RegExp(String.raw`^(?=.*${READER})(?=.*\b(?:sign up|subscribe|inscrivez-vous|abonnez-vous|je m['’]inscris|je m['’]abonne|newsletter|lettre d['’]information|recevez|enter your e-?mail|get .{1,40} in your inbox)(?![\p{L}]))(?=.*\b(?:inbox|boîte (?:mail|aux lettres|de réception)|enter your e-?mail|every (?:morning|day|week|weekday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|chaque (?:matin|jour|semaine|soir|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|ne rien manquer|top stories|l['’]essentiel de l['’]actualité|subscribe now|sign up|je m['’]inscris)(?![\p{L}])).{0,300}$`, "iu"), "newsletter", 300, "reader"],
  // "Comments (14) Add your comment Sort by: Newest", "Comments are closed for this article.",
  // « 12 commentaires Réagir Connectez-vous pour commenter cet article ».
  // Comment widgets in other words: a short line that opens with a widget word and holds at
  // least two ("Join the conversation (58 comments)", « 0 commentaire Soyez le premier à réagir »).
  [new RegExp(String.raw`^(?=(?:\S+\s+){0,15}\S+$)(?:\d+\s+)?(?:${COMMENT_WORDS})(?=(?:.*?(?:${COMMENT_WORDS})){1}).*$`, "iu"), "comments"],
  [/^(?:\d+\s+)?(?:comments?|commentaires?|réactions?)(?:\s*\(\d+\))?(?:\s+(?:are closed|sont fermés)(?:\s+(?:for|on|pour|sur) (?:this|cet) article)?|(?:[\s·|:]+(?:add your comment|add a comment|post a comment|sort by\s*:?\s*(?:newest|oldest|best|top)|newest|oldest|réagir|(?:connectez-vous|identifiez-vous) pour (?:réagir|commenter)(?: cet article)?|log in to comment|sign in to comment|trier par\s*:?\s*\p{L}+))+)\s*[.!]?$/iu, "comments"],
  // ("Donate today", "Donate to the Lantern today".)
  [/^(?:don(?:s)? honorifiques?|faire un don|faites un don|donate(?: to [^.!?]{1,40}?)?(?: now| today)?|make a donation|donation|soutenez[- ]nous|support us)\s*[!.]?$/iu, "donation"],
  // ("Support local journalism. Become a Beacon member today.": with the ask after it.)
  [/^(?:support|soutenez|soutenir|aidez)\b.{0,60}\b(?:site|blog|journalism|journalisme|work|travail|média|media|rédaction)\b(?:.{0,20}|\.\s[^.!?]{0,60}\b(?:member|membre|donate|donation|don|subscribe|subscriber|abonnée?|abonnez-vous|give|contribute|contribution)\b[^.!?]{0,30}[.!]?)$/iu, "donation"],
  [/^(?:[$€£]\s?\d[\d\s.,]*|\d[\d\s.,]*\s?(?:\$\s?(?:US|CA|CAD)?|US\$|€|£|USD|EUR|CHF|\$))$/u, "donation"],
  [/^(?:\d+\s+)?(?:comments?|commentaires?|comment(?:aire)?s? r[ée]cents?|recent comments?|leave a (?:comment|reply)|laisser un commentaire|laissez un commentaire|réagir|répondre|reply|post a comment|add a comment|view comments|voir les commentaires)(?:\s*\(\d+\))?\s*[:!.]?$/iu, "comments"],
  [/^(?:(?:share|partager|partagez|tweet|tweeter|e-?mail|print|imprimer|facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|telegram|messenger|copy link|copy this link|e-?mail this link|copier le lien|share this(?: article| story| page)?|partager cet article|share on|partager sur|sur|on|(?:e-?mail|print|imprimer) this(?: article| story| page)?|envoyer (?:par (?:e-?mail|courriel)|à un ami)|send to a friend|courriel|partager l['’]article|share (?:this|the) (?:article|story))[\s|·•/,:]*){1,10}$/iu, "share"],
  // Short lines only: an article sentence may mention a newsletter.
  // (A short sentence about a newsletter is news unless it speaks to the reader.)
  [new RegExp(String.raw`^(?:(?=.*${READER})(?=(?:\S+\s+){0,19}\S+$)|(?=(?:\S+\s+){0,3}\S+$)).*\b(?:subscribe|sign up|newsletter|inscrivez-vous|abonnez-vous|s['’]abonner|lettre d['’]information|je m['’]abonne)\b.*$`, "iu"), "newsletter"],
  [/^(?=.*\bcookies?\b)(?=.*\b(?:accept\w*|consent\w*|navigation|naviguer|site|website|experience|expérience|privacy|paramètres|settings)\b).{0,400}$/iu, "cookie_banner", 400],
  // A link's label, then its headline after a separator or a capital, or alone ("Related: …",
  // « Lire aussi Budget 2025… », "Most read"); "Related companies in the group said…" is a sentence.
  [new RegExp(String.raw`^(?:${anyCase("lire aussi|à lire aussi|a lire aussi|lire également|à lire également|voir également|voir aussi|à voir aussi|à écouter aussi|a écouter aussi|à regarder aussi|à revoir aussi|à réécouter|read more|read next|up next|read also|see also|related|related articles|related article|related stories|related story|related fact checks?|more fact checks|autres vérifications|articles liés|article lié|sur le même sujet|most read|les plus lus|trending|relire notre enquête|relire notre article|relire l’enquête|relire l'enquête|read our investigation|read our original story|read the original story")})(?:\s*$|\s*[:|>»›–—.-].{0,200}$|\s+[\p{Lu}\d«“"‘'].{0,200}$|\s+(?:sur|on)\s+\p{Lu}[^:|>»›–—]{1,40}[:|>»›–—].{0,200}$)`, "u"), "related_link", 400],
  // Imperatives and advertising labels, whatever follows them ("Click here to subscribe").
  [/^(?:lire la suite|read the rest here|click here|cliquez ici|advertisement|publicité|sponsored|continue reading|en savoir plus)(?![\p{L}]).{0,200}$/iu, "related_link", 400],
  // An embed's placeholder left by the scraper ("…an hour.Loading...").
  [/^(?:loading|chargement(?: en cours)?)\s*(?:\.\.\.|…)?$/iu, "advertisement", 40],
  // A broadcaster's standing note: "For emergency information, tune in to your local … station".
  [/^for (?:the latest )?(?:emergency|bushfire|fire|flood|storm|weather) (?:information|updates|warnings|alerts)(?![\p{L}]).{0,200}$/iu, "related_link", 240],
  // The comment section's rules: « Les commentaires sont sous la responsabilité de leurs auteurs. »
  // (Also under a label: « Avertissement : les commentaires sont de la seule responsabilité… ».)
  [/^(?:(?:avertissement|attention|note)\s*:\s*)?(?:les commentaires sont (?:publiés )?(?:sous|de) la (?:seule )?responsabilité de leurs auteurs|comments are the (?:sole )?responsibility of (?:their|the) (?:authors?|posters?))(?![\p{L}]).{0,250}$/iu, "comments", 320],
  // And its moderation: "Comments are moderated and must follow our community guidelines.", « Ce
  // texte est ouvert aux commentaires. Les commentaires sont modérés : nous refusons les propos
  // injurieux… », "Please keep your remarks in English…; abusive or personal posts will be removed."
  // (Said to the reader: not a story about a platform's moderation, "…, the company said".)
  [/^(?=.*(?:comments?|commentaires?|remarks|posts|propos|contributions))(?=.*(?:moderated|modérés|will be removed|seront (?:supprimés|retirés)|abusive|injurieux|haineux|community guidelines|politique de modération|charte de modération))(?=.*(?:please|veuillez|merci de|our|notre|nous|ce texte|this (?:article|story)|cet article|must|doivent))(?!.*(?:\bsaid\b|\bsays\b|a déclaré|selon\b)).{0,300}$/iu, "comments", 320],
  // A video player's switch and the video's title: "Video autoplay is on | Terrence Oakes walks out…".
  [/^(?:video\s+)?(?:autoplay|lecture automatique)(?:\s+(?:is|est))?\s+(?:on|off|activée|désactivée)(?![\p{L}]).{0,160}$/iu, "related_link", 200],
  // Wire disclaimers: « Cette dépêche a été publiée automatiquement depuis le fil de l'AFP ».
  [/^(?:cette dépêche a été publiée automatiquement|cet article a été publié automatiquement|this (?:story|article) (?:was|has been) (?:published|generated) automatically|this story has not been edited by|les informations contenues dans cette dépêche sont réservées)(?![\p{L}]).{0,200}$/iu, "byline", 300],
  // A broadcaster's plug for its programme: "Tune in to Island Hour, weekdays at 6pm AEST, for more on
  // the PNG election."
  [/^(?:[Tt]une in to|[Ll]isten to|[Ww]atch)\s+\p{Lu}[^.!?]{0,60},?\s(?:weekdays|weeknights|daily|every\s+\p{L}+|each\s+\p{L}+|tonight|tomorrow)(?![\p{L}])[^!?]{0,100}$/u, "related_link", 200],
  [/^(?:voir les|lire les|afficher les|view(?: all)?|read|show(?: all)?) \d+[\s\u00A0](?:autres[\s\u00A0]|more |other )?(?:commentaires|réactions|comments|replies)\s*[.!]?$/iu, "comments"],
  // A comment's buttons: "Reply · 24 likes", « Répondre · 12 j’aime ».
  [REPLY_LINE, "comments", 60],
  // A transcript's label ("Video transcript (excerpt)"), a player's error (« Votre navigateur ne
  // permet pas de lire cette vidéo. »), a newsletter's sign-off ("That’s it for today. See you
  // tomorrow. — Nadia", « Bonne journée, et à demain. ») and its greeting with the day's contents
  // ("Good morning, Corrowick. Today: …"), a wire's slug ("HEALTH-HOSPITALS/BRACKMERE (UPDATE 1)")
  // and dateline on a line (« Vellorgues, 15 janvier 2026 (AMP) »), another episode of a podcast.
  [/^(?:(?:video|audio|vidéo) )?(?:transcript|transcription)(?: (?:de la vidéo|of the video))?(?: \((?:excerpt|extract|extrait)\))?\s*:?$|^votre navigateur ne (?:permet pas de lire|prend pas en charge) (?:cette|la) vidéo\.?$|^your browser does not support (?:the video tag|this video|video playback)\.?$/iu, "related_link", 80],
  [/^(?:that['’]s (?:it|all) for (?:today|this week|now)|see you (?:tomorrow|next week|on monday)|bonne journée|bonne soirée|bon week-end|à demain|à la semaine prochaine)(?:[.!,]?\s(?:see you (?:tomorrow|next week|on monday)|(?:et )?à demain|(?:et )?à la semaine prochaine))?[.!]?(?:\s?[—–-]\s?\p{Lu}[\p{L}-]+)?$/iu, "newsletter", 80],
  [/^(?:good morning|bonjour|hello),?\s[^.!?]{1,40}[.!]\s(?:(?:today|aujourd['’]hui|au (?:sommaire|menu)|in this issue)[\s\u00A0]?:\s.{3,200}|here['’]s what (?:you need to know|you should know|we['’]re watching)(?: today| this morning)?[.!:]?|voici ce qu['’]il faut savoir(?: aujourd['’]hui| ce matin)?[.!:]?)$/iu, "newsletter", 260],
  // The day's weather in a briefing: "Today’s weather: Sunny, high of 81.", « Météo du jour : … ».
  [/^(?:today['’]s weather|weather today|la météo du jour|météo du jour)[\s\u00A0]?:\s.{2,100}$/iu, "newsletter", 140],
  [/^\p{Lu}[\p{Lu}-]{2,30}\/\p{Lu}[\p{Lu}\/-]{1,40}(?:\s\((?:UPDATE|URGENT|REFILE|CORRECTED|CORRIGÉ)[^)]{0,10}\))?$|^\p{Lu}[\p{L}'’ -]{1,40},\s\d{1,2}(?:er)?\s\p{L}+\s\d{4}\s\(\p{Lu}{2,8}\)$/u, "dateline", 80],
  [/^(?:episode|épisode|ep\.)\s?\d{1,4}\s?[:–—-]\s.{3,140}$/iu, "related_link", 160],
  [/^(?:pour aller plus loin|further reading|go further)[\s\u00A0]?:[\s\u00A0].{3,160}$/iu, "related_link", 200],
  // A commenter's line (above); the list's sorter and its last button: "Sort by: Newest", "Load
  // more comments".
  [COMMENTER_LINE, "comments", 80],
  [/^(?:sort by|trier par)[\s\u00A0]?:[\s\u00A0]?(?:newest|oldest|top|best|most liked|les plus récents|les plus anciens|pertinence|récents|anciens)$|^(?:load|show|view) more (?:comments|replies)$|^(?:voir|afficher|charger) plus de (?:commentaires|réponses|réactions)$/iu, "comments", 60],
  // "Partagez ce direct : Facebook | X | WhatsApp", "Share this story: Facebook / Email", after a
  // section label too ("Food & Farming | Share: …").
  [/^(?:[^|:.!?]{1,40}\|\s*)?(?:partagez|partager|share)(?:\s+\S+){0,3}\s*:?\s*(?:(?:facebook|x|twitter|whatsapp|linkedin|e-?mail|courriel|envoyer par (?:e-?mail|courriel)|messenger|telegram|bluesky|threads|reddit|copier le lien|copy link|print|imprimer)[\s|/·•,]*)+$/iu, "share"],
  [/^(?:our standards|nos engagements|notre charte|la charte)\s*:.{0,120}$/iu, "related_link"],
  [/^(?:les )?(?:comments?|commentaires?) (?:are|sont) (?:reserved|réservés|open only|ouverts uniquement) .{0,80}$/iu, "comments"],
  // "Enjoyed this? …", « Vous avez aimé cet article ? … »: an appeal that opens on the reader.
  [/^(?:enjoyed this(?: (?:article|story))?|like(?:d)? this (?:article|story)|vous avez aimé cet article|cet article vous a plu)\s*\?.{0,300}$/iu, "newsletter", 400],
  [/^(?:recevez nos alertes|activez? les notifications|activer les alertes)(?![\p{L}]).{0,120}$/iu, "newsletter"],
  // A newsletter's name and pitch: « Newsletter « Le Matin » : l’essentiel de l’actualité, chaque
  // jour à 7 heures », "Newsletter: The Morning Brief, every weekday".
  [/^(?:newsletter|la newsletter|lettre d['’]information)(?![\p{L}])[^.!?]{0,150}$/iu, "newsletter", 170],
  // Live pages: "Activez les alertes pour suivre ce direct", "Turn on notifications".
  [/^(?:activez (?:les )?(?:alertes|notifications)|turn on (?:notifications|alerts)|get (?:notifications|alerts)|suivez (?:ce|notre) direct|follow (?:this|our) live)(?![\p{L}]).{0,100}$/iu, "newsletter"],
  [/^(?:newsletter|lettre d['’]information|la lettre)\s*:.{0,200}$/iu, "newsletter"],
  [/^(?:votre (?:adresse )?e-?mail|your email(?: address)?|adresse e-?mail|email address)(?![\p{L}]).{0,60}$/iu, "newsletter"],
  [/^(?:abonnez-vous|inscrivez-vous|subscribe|sign up)(?![\p{L}]).{0,200}(?:newsletter|lettre|bulletin|briefing|digest)(?![\p{L}]).{0,200}$/iu, "newsletter", 400],
  [/^(?:les )?(?:comments?|commentaires?|réactions?) (?:are|sont) (?:closed|disabled|désactivés|fermés)(?: (?:for|on|sur|pour) (?:this|ce|cet) (?:article|direct|story|live|page))?(?: (?:for|pour) (?:legal|juridiques?|des raisons) .{0,40})?\s*[.!]?$/iu, "comments"],
  // « Aucun commentaire pour l'instant. Soyez le premier à réagir ! », "No comments yet. Be the first".
  [/^(?:aucun commentaire|no comments yet|0 comments?|pas encore de commentaire)(?![\p{L}]).{0,80}$/iu, "comments"],
  // Datelines with a clock time: "May 7, 2:14 PM GMT+1 | Updated 38 min ago", "Mon 14 Oct 06.41 BST",
  // "Oct. 13, 2026, 6:40 p.m.".
  [/^(?=.*\b\d{1,2}[:.h]\d{2}(?!\d))(?=.*(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|avr|juil|sept|déc)\p{L}*\.?\s|\b(?:gmt|bst|cet|cest|utc|updated|mis à jour|ago|il y a)\b))(?:[^.!?«»“”"]|(?<=\d)\.(?=\d)|(?<=(?:^|\s)(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec))\.(?=\s)|(?<=\d\s?[ap]|\d\s?[ap]\.m)\.){4,80}$/iu, "dateline"],
  // Breadcrumbs: "World › Europe", « Ouest Littoral > Économie > Mer et ports ».
  [/^(?:[^.!?›>«»“”"]|\.(?=\p{L})){1,30}(?:\s[›>]\s[^.!?›>«»“”"]{1,30}){1,5}$/u, "related_link"],
  // Hashtag rails: "#Rivemont #Musée #Vol".
  [/^#[\p{L}\p{N}_]+(?:\s+#[\p{L}\p{N}_]+)+$/u, "related_link"],
  // A wire byline with the place: "Hannah Delvecourt in Salvera", « Julie Marc à Brest ».
  [/^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2}\s(?:in|à)\s\p{Lu}[\p{L}'’ -]{1,30}$/u, "byline"],
  // How the desk works and how to reach it: « Comment nous vérifions : notre méthode… », "Spotted a
  // dubious claim? Write to us at check@…", "…can contact the Tribune's tech desk confidentially."
  [/^(?:comment nous (?:vérifions|travaillons)|how we (?:fact-check|check|work|verify|rate)|notre méthode|our methodology)(?![\p{L}]).{0,160}$/iu, "related_link", 200],
  [/^(?=[^@]*@)(?=.*[\w.+-]+@[\w-]+\.[\w.]+)(?=.*(?<![\p{L}])(?:écrivez-nous|écrivez|contactez-nous|write to us|email us|contact us|tip|signalez|email(?=\s+\S+@))(?![\p{L}])).{0,240}$/iu, "share", 240],
  // A call-out to readers: « Vous avez un proche sur le site ? Écrivez-nous », "Were you there? Get in touch".
  // (And a column's or a newsletter's: "Got a consumer problem? Write to our consumer champion
  // through our website. We cannot answer every letter individually.", "Got a parking story?
  // Reply to this email. I read every one.", "Have an opinion? Send a letter to the editor.",
  // "Have you worked in a care home? Contact our investigations team in confidence", "Want more
  // local education news? Get the Clarion’s School Bell newsletter".)
  [/^[^«»“”".!?]{0,100}\?[\s\u00A0]*(?:écrivez-nous|écrivez (?:à|au|aux)|contactez-nous|témoignez|signalez-(?:la|le|les)-nous|envoyez-(?:la|le|les)-nous|write to (?:us|our|the|me|\p{L}+ at (?:the|our))|reply to this (?:email|e-mail|newsletter)|email us|get in touch|tell us|contact us|send (?:it|them) to (?:us|our)|send (?:us |a )?(?:a )?letter to the editor|contact our [\p{L} ]{2,30}(?:team|desk)|get (?:the|our) [^?]{2,40}newsletter|sign up (?:for|to) (?:the|our) [^?]{2,40}newsletter)(?![\p{L}])[^«»“”"?]{0,60}(?:[.!][\s\u00A0]+[^«»“”"?]{3,60})?$/iu, "share", 240],
  // A fact-checking desk's note on its method: "Baraza Verify follows a published methodology and
  // corrections policy.", « X Vérif contrôle les déclarations publiques à partir de sources
  // officielles… Signalez-la-nous sur WhatsApp. »
  [/^\p{Lu}[^«»“”".!?]{0,40}\s(?:follows|applies|suit|applique)\s(?:an?|its|our|une|sa|notre)\s(?:published\s|publique\s)?(?:methodology|méthodologie|méthode|charte)(?![\p{L}])[^«»“”"]{0,120}$|^\p{Lu}[^«»“”".!?]{0,40}\s(?:contrôle|vérifie|checks|verifies|fact-checks)\s(?:les déclarations|claims|statements)[^«»“”"]{0,80}\.\s[^«»“”"]{0,80}\?[\s\u00A0]*(?:[Ss]ignalez|[Ee]nvoyez|[ÉéEe]crivez|[Ss]end|[Tt]ell)[^«»“”"]{0,60}$/u, "related_link", 260],
  [/^[^«»“”"]{0,80}\b(?:contact|reach|write to|contacter|écrire à|joindre)\s+(?:the|our|la|notre)\s[^.«»“”"]{0,40}\b(?:desk|newsroom|rédaction)\b[^«»“”"]{0,40}$/iu, "share", 200],
  // Site furniture that news pages put between paragraphs: follow prompts, paywall notices,
  // account links, tags, "listen to this article", recommendation rails, error reports.
  [/^(?:follow us|suivez[- ]nous|retrouvez[- ]nous|find us|like us)(?![\p{L}]).{0,80}$/iu, "share"],
  [/^(?:this article is (?:reserved )?for subscribers|cet article est réservé aux abonnés|réservé aux abonnés|subscribers only|already (?:a )?subscriber|déjà abonné|abonnez-vous pour|subscribe (?:for|from|now)|offre (?:spéciale|découverte)|unlock (?:this|unlimited)|read the full (?:story|article)|continue reading)(?![\p{L}]).{0,120}$/iu, "newsletter"],
  [/^(?:sign in|log in|se connecter|connexion|créer un compte|create (?:a free |an )?account|my account|mon compte|mon espace)(?![\p{L}]).{0,60}$/iu, "share"],
  [/^(?:tags?|mots[- ]clés|topics?|sujets?|thèmes?|catégories?|categories|filed under|rubriques?)\s*:.{0,160}$/iu, "related_link"],
  [/^(?:listen to (?:this|the) (?:article|story)|écouter (?:cet|l['’])article|écouter|listen|play|watch|regarder la vidéo|lecture en cours|regarder|voir la vidéo|watch the video|vidéo|video|podcast|audio)\s*(?:[:|·(\-–—]|$).{0,120}$/iu, "related_link"],
  [/^(?:more from|more on this story|more stories|plus d['’]articles|à découvrir|a découvrir|découvrir aussi|also read|recommended(?: for you)?|you (?:may|might) also like|vous aimerez aussi|nos articles|sur le même thème|dans la même rubrique|en lien|related (?:stories|coverage|content)|top stories|à la une|most popular|les plus (?:lus|partagés|commentés))(?![\p{L}]).{0,200}$/iu, "related_link"],
  [/^(?:report an error|signaler une erreur|signaler un abus|report (?:this|a) comment|send us a tip|contact the newsroom|contacter la rédaction|an error\s*\?|une erreur\s*\?)(?![\p{L}]).{0,80}$/iu, "share"],
  [/^(?:become a (?:member|supporter|subscriber)|devenez (?:membre|abonnée?|donateur|donatrice)|rejoignez[- ]nous|join (?:us|our members))(?![\p{L}]).{0,160}$/iu, "donation"],
  // The outlet on its own funding: « La Gazette du Môle est un média indépendant, financé par ses
  // lecteurs », « Le Veilleur est gratuit et sans publicité. Il vit des dons de ses 2 100 soutiens. ».
  [/^[^.!?]{2,40}\s(?:est|is)\s[^!?]{0,80}(?:financée? par (?:ses|nos) (?:lecteurs|auditeurs)|vit (?:des|grâce aux) dons|sans publicité|funded by (?:its|our) (?:readers|listeners)|(?:reader|listener|viewer|member)-(?:funded|supported)|ad-free|relies on (?:donations|its readers|readers like you)|funded by readers like you|(?:a )?non-?profit newsroom)(?![\p{L}]).{0,100}$/iu, "donation", 240],
  // A broadcaster's pointer to its bulletin: « Retrouvez ce reportage dans notre journal de 19h »;
  // a column's address for letters: "Email your consumer problems to asktess@… Letters may be edited".
  [/^(?:retrouvez (?:ce|cet|cette|notre) (?:reportage|sujet|entretien|interview|émission|chronique)|watch (?:this|the full) (?:report|story|interview) (?:on|in) (?:our|the))(?![\p{L}]).{0,80}$/iu, "related_link", 140],
  [/^(?:e-?mail|write to|send|écrivez(?:-nous)?|envoyez)[^.!?@]{0,80}\s[\w.+-]+@[\w-]+\.[\w.-]+(?![\w@]).{0,160}$/iu, "related_link", 260],
  // ("Support Sentinel Fact Check: become a member", « Soutenez Vérif’Ostrelle : devenez membre ».)
  [/^(?:support|soutenez)\s[^.!?:]{2,50}[\s\u00A0]?:[\s\u00A0](?:become a (?:member|supporter)|donate|make a donation|devenez (?:membre|donateur|donatrice)|faites un don)(?![\p{L}]).{0,60}$/iu, "donation", 140],
  // A fact-checker's note on its method: "Sentinel Fact Check uses a five-step rating scale. Read how
  // we choose and rate claims", « Vérif’Ostrelle utilise une échelle de cinq verdicts ».
  [/^[^.!?]{2,50}\s(?:uses an? [\p{L}-]{2,12} rating scale|utilise une échelle de (?:\p{L}+ )?(?:notation|verdicts|notes))(?![\p{L}]).{0,120}$/iu, "related_link", 200],
  // A broadcaster's disclaimer under its links: "Norvane News is not responsible for the content of
  // external sites", « La rédaction n’est pas responsable du contenu des sites externes ».
  [/^[^.!?]{2,50}\s(?:is not responsible for the content of external (?:internet )?sites|n['’]est pas responsable du contenu des sites (?:externes|extérieurs))\.?$/iu, "related_link", 140],
  [/^(?:contenu (?:sponsorisé|partenaire)|partner content|paid (?:content|post)|in partnership with|en partenariat avec|publi-?(?:reportage|rédactionnel))(?![\p{L}]).{0,120}$/iu, "related_link"],
  // A fact-check's sources listed at its foot, "Sources: Keswane County adopted budgets, 2019–2026;
  // Tollmarch Mountain Rescue Unit tax filings…; interviews.", and the claim's speaker on the
  // label's line, "WHO SAID IT: County Commissioner Dale Whitcombe-Reyes, at an Oct. 27 board
  // meeting".
  [/^sources?[\s\u00A0]?:[\s\u00A0][^.!?;]{3,200}(?:;[^.!?;]{3,200})+\.?$/iu, "photo_credit", 600],
  [/^(?:who said it|who made the claim|said by|made by|claimed by|qui l['’]a dit|auteur de l['’]affirmation)[\s\u00A0]?:[\s\u00A0](?:[^.!?]|\.(?=[\s\u00A0]\d))(?:[^.!?]|\.(?=[\s\u00A0]\d)){2,160}\.?$/iu, "summary_box", 200],
  // A chart's credit: "Graphic: Morning Compass Data Desk. Source: Ministry of Health hospital
  // returns", « Infographie : Horizon Info · Source : ministère de la Santé ».
  [/^(?:graphic|chart|infographic|graphique|infographie|carte|map)\s*:.{0,160}$/iu, "photo_credit", 200],
  // A magazine's print note and its prompt: "This article appears in the April 2025 issue of The
  // Atlas Review. Subscribe now."
  [/^(?:this (?:article|story) (?:appears|appeared) in the .{1,40} (?:issue|edition) of|cet article (?:est paru|a paru|figure) dans le (?:numéro|magazine))(?![\p{L}]).{0,160}$/iu, "byline", 240],
  // A document to download: « Télécharger les extraits (PDF, 2,1 Mo) ».
  [/^(?:télécharger|download)(?![\p{L}]).{0,80}\((?:pdf|docx?|xlsx?|csv|zip)(?![\p{L}])[^)]{0,30}\)\.?$/iu, "related_link"],
  // An ad slot's label alone, as after a paragraph it was glued to.
  [/^(?:(?:story|article) continues below(?: this)? advertisement|la suite (?:de l['’]article )?après (?:la|cette) publicité)$/iu, "advertisement"],
  // Membership prompts: "Not a member yet? Get full access for $19 a month."
  [/^(?:not a (?:member|subscriber) yet|pas encore (?:membre|abonnée?))\s*\?.{0,160}$/iu, "newsletter", 200],
  // A byline with no "By": "Oliver Brathwaite-Keane, Industry Correspondent, and Sunita Marchetti
  // in Easterby".
  [/^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,3},\s(?:\p{Lu}[\p{L}-]*\s){0,3}(?:Correspondent|Editor|Reporter|Writer|Journaliste|Correspondante?)(?:,?\s(?:and|et)\s\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,3}(?:\s(?:in|à)\s\p{Lu}[\p{L}'’ -]{1,30})?)?$/u, "byline"],
  // Public broadcasters label their captions: "Image caption, The proposed route crosses…".
  [/^(?:image|media|video) caption\s*[,:]\s.{1,200}$/iu, "photo_credit", 240],
  // A screenshot's caption, with no verb of its own: "A screenshot of Tessaline’s status page at
  // 11:30 a.m. Thursday.", « Capture d’écran du site de l’opérateur, mardi ».
  [/^(?:an? )?(?:screenshot|screen grab|screengrab|capture d['’]écran)\s+(?:of|from|taken|de|du|des|d['’]|prise)(?![\p{L}])(?!.*(?<![\p{L}])(?:shows?|showed|reveals?|montre|révèle|indique)(?![\p{L}])).{1,200}$/iu, "photo_credit", 240],
  // A newsletter's own furniture: its contents line, the upsell to its paid edition (« Vous lisez un
  // article de l’offre Pro du Couloir. … »), its name before its pitch ("The Lantern Politics
  // newsletter: the campaign, decoded, every weekday.").
  [/^(?:in (?:today['’]s|this|this week['’]s) (?:edition|issue|newsletter)|dans (?:cette|cette édition|ce numéro|cette lettre)|au sommaire(?: de (?:cette|ce) \p{L}+)?)\s*:.{0,200}$/iu, "newsletter", 240],
  [/^(?:you['’]re reading (?:the |a )?(?:free |paid )?(?:edition|version|issue|article) (?:of|from)|vous lisez (?:un article|une édition|la version|l['’]édition) (?:de|du|des|gratuite))(?![\p{L}]).{0,240}$/iu, "newsletter", 300],
  [/^(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,4}newsletter\s*:.{0,200}$/u, "newsletter", 240],
  // A newsletter's pitch and its rhythm, with no name: "The news that matters to grid
  // professionals, every weekday.", « Chaque semaine, l’essentiel de l’actualité de l’énergie. »
  [/^(?:(?:the news|the stories|the best|the latest|the essential|l['’]essentiel|le meilleur|toute l['’]actualité)(?![\p{L}])[^.!?]{0,120}(?:every|each|chaque)\s+(?:weekday|day|morning|evening|week|semaine|jour|matin|soir)|(?:every|each|chaque)\s+(?:weekday|day|morning|evening|week|semaine|jour|matin|soir)\s*,\s*(?:l['’]essentiel|le meilleur|the best|the latest|the news|the essential|toute l['’]actualité)(?![\p{L}])[^.!?]{0,120})\s*[.!]?$/iu, "newsletter", 200],
  // A reader's text-size switch: "Normal text size Larger text size Very large text size".
  [/^(?:(?:normal|default|small|smaller|large|larger|very large|petite|normale|grande|très grande)\s+(?:text size|font size|taille(?: du texte| de police)?)\s*)+$/iu, "share", 120],
  // A newsletter's name and its rhythm: "The Dispatch Daily: safety, fleet and airport news every
  // weekday morning.", « Le Fil Éco : l’essentiel de l’économie, chaque matin. »
  [/^(?:[Tt]he\s+|L[ea]\s+|L['’])?(?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*[\s\u00A0]*:\s*[^.!?:]{3,120}(?<![\p{L}])(?:every|each|chaque|tous les)\s+(?:weekday|day|morning|evening|week|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|matin|soir|jour|jours|semaine|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|matins|soirs)(?:\s+(?:morning|evening|matin|soir|à\s+\d{1,2}[\s\u00A0]?h(?:eures)?\d{0,2}))?\s*[.!]?$/u, "newsletter", 200],
  // Wire sign-offs: "(Reporting by Jane Doe; editing by John Roe)", « (avec AFP) ».
  [/^(?:[-–—]+\s*)?\(?(?:(?:additional )?reporting|writing|editing|edited|compiled) (?:by|from)\s.{1,260}\)?\.?$|^\((?:avec|with) (?:AFP|Reuters|AP|agences?|l['’]AFP)\)$/iu, "byline", 300],
  // A Canadian wire's credit: "— With files from Tomasz Wierzbicki-Hale in Port Ellery".
  [/^[-–—]*\s*with files from\s.{1,160}$/iu, "byline", 200],
  // Contributors' credit: "Bryant Rousseau and Caryn Wilson contributed reporting.", "Jane Roe
  // contributed to this report from Kyiv.", « Marc Dupuis a contribué à cet article ».
  [/^[^.!?«»“”"]{3,160}\s(?:contributed (?:reporting|research|to this (?:report|article|story))|(?:a|ont) contribué à (?:cet article|cette enquête|ce reportage))(?![\p{L}'’])(?:\s(?:from|in|depuis|à)\s\p{Lu}[\p{L}'’ .-]{1,40})?\.?$/iu, "byline", 240],
  // Breadcrumbs with a date: "The Harwick Courier · Business · August 12", « L'Écho | Politique |
  // 24 mars », « La Voix des Marches — Culture — mardi 4 février ». (With dashes, only a named day
  // or month: a transcript's "if I may ask — if I may —" is speech.)
  [/^(?!.*\t)(?=.*(?:\d|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|january|february|march|april|may|june|july|august|september|october|november|december|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\p{Lu}[^.!?·|—–]{1,60}(?:\s[·|]\s[^.!?·|—–]{1,40}){2,4}$/iu, "dateline"],
  // A programme's name and its date: « Le journal de 7 heures · mardi 17 mars 2026 ».
  [/^\p{Lu}[^.!?·|]{2,60}\s[·|]\s(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s)?(?:\d{1,2}(?:er)?\s(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|january|february|march|april|may|june|july|august|september|october|november|december)|(?:january|february|march|april|may|june|july|august|september|october|november|december)\s\d{1,2},?)\s\d{4}$/iu, "dateline", 120],
  [/^(?!.*\t)(?=.*(?:\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|(?<![\p{L}])(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?![\p{L}])))\p{Lu}[^.!?·|—–]{1,60}(?:\s[—–]\s[^.!?·|—–]{1,40}){2,4}$/u, "dateline"],
  // Bylines, datelines, reading times, photo credits and copyright lines frame the article.
  [/^(?:[Pp]ar|[Bb]y)\s+(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}(?:(?:et|and|,)\s+(?:\p{Lu}[\p{L}.'’-]*\s*){1,4})?$/u, "byline"],
  [/^(?:publié|publiée|mis à jour|mise à jour|modifié|published|updated|posted|last updated)(?![\p{L}]).{0,100}\d.{0,60}$/iu, "dateline"],
  // A newsletter's sponsor and footer: "Chronicle Morning is supported by Ambery Valley Building
  // Society. Saving for your first home? Talk to us in branch.", "Daybreak is supported by Ferrell &
  // Quist Hardware, on Westbank Avenue since 1962.", "You are receiving this because you subscribed
  // to…", « Vous recevez cette lettre car… ».
  [/^(?:this (?:newsletter|edition|episode|podcast|briefing)|today['’]s (?:newsletter|edition|episode|briefing)|(?!The\s)\p{Lu}[\p{L}’'-]*(?:\s\p{Lu}[\p{L}’'-]*){0,2}) is (?:supported|sponsored|presented|brought to you) by \p{Lu}[^.!?]{1,80}[.!]?(?:\s[^.!?]{1,60}[.!?]){0,2}$/u, "advertisement", 240],
  [/^(?:you(?:['’]re| are) receiving this (?:email|newsletter|because)|vous recevez (?:cette lettre|ce courriel|cet e-mail|cette newsletter))(?![\p{L}]).{0,200}$/iu, "newsletter", 240],
  // A fact-checker's call for claims: "Have a claim you want checked? Send it to the Beacon Check
  // team.", « Vous avez vu passer une info douteuse ? Écrivez-nous. »
  [/^(?:have|got|seen) a (?:claim|post|rumou?r|story) (?:you(?:['’]d)? (?:want|like)(?: us)? to (?:check|verify)|you want (?:checked|verified))\?.{0,120}$|^vous avez (?:vu passer|repéré|lu) une (?:info(?:rmation)?|affirmation|rumeur)[^?]{0,40}\?.{0,120}$/iu, "related_link", 200],
  // "Story continues below", « La suite après cette publicité »: a break for an advert.
  [/^(?:story|article) continues below(?: (?:this )?advertisement)?\.?$|^la suite (?:de l['’]article )?(?:après|ci-dessous)(?: (?:la|cette) publicité)?\.?$/iu, "advertisement", 60],
  // A podcast's chapters and credits: "00:00 Cold open: a call at 2 a.m.", "14:15 Who pays the
  // pilots?", "Produced by Dana Whitcombe-Aziz and Leo Farrant-Oduya. Edited by Simone Krall-Ibe."
  [/^\d{1,2}:\d{2}(?::\d{2})?[\s\u00A0]+\p{Lu}(?:\S+[\s\u00A0]+){0,9}\S+$/u, "related_link", 100],
  // A bulletin's credits: « Présentation : Ninon Escalier-Baptiste · Reportage : Yanis
  // Ferrandou-Mbaye », "Presenter: Joanna Pell · Reporter: Dev Hall", « Reportage de Maëlys
  // Orcière-Diop · Présentation : Paul-Henri Vasseur ».
  [/^(?:présentation|reportage|presenter|reporter|reporting|producer|production|réalisation)(?:[\s\u00A0]?:[\s\u00A0]+|[\s\u00A0]+(?:de|by|par)[\s\u00A0]+|[\s\u00A0]+d['’])\p{Lu}[^.!?:·|]{2,60}(?:[\s\u00A0]?[·|][\s\u00A0]?(?:présentation|reportage|presenter|reporter|reporting|producer|production|réalisation|montage|image|son|sound)(?:[\s\u00A0]?:[\s\u00A0]+|[\s\u00A0]+(?:de|by|par)[\s\u00A0]+|[\s\u00A0]+d['’])\p{Lu}[^.!?:·|]{2,60}){0,4}$/iu, "byline", 240],
  [/^(?:produced|edited|mixed|hosted|réalisé|produit|monté)(?: and (?:edited|produced|mixed|hosted))? (?:by|par) \p{Lu}[^.!?]{2,80}[.]?(?:\s(?:edited|mixed|produced|music|sound|montage|réalisation|musique)\b[^.!?]{2,80}[.]?){0,3}$/iu, "byline", 240],
  // A wire's update line at the head of the story: "UPDATE 1: Adds comment from station manager in
  // paragraph 5…".
  // (Or with the time of the update: « MISE À JOUR 16h05 : ajoute la confirmation… ».)
  // (Or its date and time: « MISE À JOUR 09/04/2026 à 13h05 : ajoute la levée du confinement… ».)
  [/^(?:UPDATE|CORRECTED|REFILE|MISE À JOUR)[\s\u00A0](?:\d{1,2}\/\d{1,2}\/\d{2,4}[\s\u00A0](?:à|at)[\s\u00A0])?\d{1,2}(?:[h:]\d{2})?(?:[\s\u00A0](?:GMT|UTC|BST|CET|CEST|ET|HNE))?[\s\u00A0]?[:–—-][\s\u00A0].{3,240}$/u, "dateline", 280],
  // A newsletter's ask for feedback: "Was this email useful? Reply and let us know.", « Cette lettre
  // vous a été utile ? Répondez-nous. »
  [/^(?:(?:was|is) this (?:email|newsletter|briefing|edition) (?:useful|helpful)|did you (?:enjoy|like) (?:this|today['’]s) (?:email|newsletter|briefing|edition)|(?:cette|la) (?:lettre|newsletter) (?:du jour )?vous a (?:été utile|plu))[\s\u00A0]?\?.{0,100}$/iu, "newsletter", 160],
  // A wire's note on what its update added: « (Actualisé avec les déclarations du procureur aux 4e
  // et 5e paragraphes) », "(Updates with minister's comment in paragraph 6)".
  [/^\((?:actualisé|actualisée|mis à jour|mise à jour|nouvelle version|updates?|updated|adds|recasts|rewrites|corrects)(?![\p{L}])[^()]{3,160}\)$/iu, "dateline", 200],
  // A chart's notes under it: "Notes: Weeks run Monday to Sunday. The week to 9 August is
  // provisional.", « Note : les chiffres de 2026 sont provisoires. », « Lecture : … », « Champ : … ».
  [/^(?:notes?|lecture|champ)[\s\u00A0]?:\s.{3,300}$/iu, "photo_credit", 320],
  // (Also after a date: "11 February 2025 · 5 min read", « 6 avril — Temps de lecture : 6 min ».)
  [/^(?:[^.!?]{0,40}[·|•–—-]\s*)?(?:(?:temps de lecture|lecture|reading time)\s*:?\s*\d+\s*(?:min|minutes?)\.?|\d+\s*(?:min|minute)s?\s+(?:read|de lecture)\.?)$/iu, "reading_time"],
  [/^(?:photo|photos|photograph|picture|crédit|crédits|credit|credits|image|illustration|vidéo|video)(?:\s+(?:credit|crédits?))?\s*(?:[:©]|\(|by|de|courtesy(?: of)?)\s*.{0,160}$/iu, "photo_credit", 200],
  // "Share on Facebook Share on X Share by email", « Partager sur Facebook Partager par e-mail ».
  [/^(?:(?:share|partager)\s+(?:on|by|via|sur|par)\s+\S+(?:\s+\S+)?\s*){2,6}$/iu, "share"],
  // « Partager cet article sur : Facebook - X - WhatsApp ».
  [/^(?:partager|partagez|share)(?:\s+\S+){0,3}\s*:\s*(?:\[?[\p{L}]+\]?(?:\s*[-–|\/·]\s*|\s+|$)){2,8}$/iu, "share"],
  // « Rafraîchir le direct », « Partager cet entretien sur les réseaux », "Share this interview".
  [/^(?:rafraîchir|actualiser|refresh)(?: le direct| la page| this page| live)?\s*$/iu, "share"],
  [/^(?:partager|partagez|share) (?:cet|cette|this) (?:article|entretien|interview|story|direct|page|vidéo|video)(?![\p{L}]).{0,40}$/iu, "share"],
  // « Cet article vous a fait réagir ? Laissez un commentaire », "Were you caught in the queue? Tell
  // us your story in the comments below."
  [/^(?=.{0,200}$)(?=.*(?:laissez un commentaire|leave a comment|in the comments|dans les commentaires|en commentaire))(?=.*(?:vous|your|you|us\b)).*$/iu, "comments"],
  // An outlet's name and a date on a line of their own: "Westmoor Herald, 18 March".
  [/^\p{Lu}[\p{L}&'’ -]{2,40},\s*(?:\d{1,2}\s+\p{L}+\.?|\p{L}+\s+\d{1,2})(?:,?\s*\d{4})?$/u, "dateline"],
  // « Écouter cet article - 5 min », "Listen to this story (4 min)".
  [/^(?:écouter|écoutez|listen to) (?:cet|this) (?:article|story)(?![\p{L}]).{0,30}$/iu, "share"],
  // « Sujets liés : Agriculture, … », "More on: Brackwater Rovers | Football", « Newsletter Justice : … ».
  [/^(?:sujets liés|sujets associés|related topics|more on|more about|plus sur)\s*:.{0,160}$/iu, "related_link"],
  [/^(?:[Nn]ewsletter|[Ll]ettre d['’]information)(?:\s+\p{Lu}[\p{L}-]*){1,3}\s*:.{0,200}$/u, "newsletter"],
  // Bylines with a role, an agency or a time: "By Megan Tully, Health Correspondent | Wednesday
  // 11 September, 6:02pm", "By Ines Varga and Tom Aldous, Meridian News Service", « Santé | Par
  // l'APF, publié le 7 juin à 20h31 ». (No full stop at the end: "By Monday, the council had…"
  // is a sentence.)
  [/^(?:[^|·.!?]{1,30}\s[|·]\s)?(?:[Pp]ar|[Bb]y)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche)\b)(?:l['’])?\p{Lu}(?:[^.!?«»“”"]|(?<=(?:^|[\s.])(?:[ap]|[ap]\.m|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|St|Dr|Mr|Mrs|Ms|Jr|\p{Lu}))\.){0,140}[^.!?«»“”"\s]$/u, "byline"],
  // Tags and section rails: "Health | Medicines | Online safety | Easthaven".
  [/^[^.!?|·:«»“”"]{1,30}(?:\s[|·]\s[^.!?|·:«»“”"]{1,30}){2,8}$/u, "related_link"],
  // "Get the Health Check newsletter every Thursday. Sign up".
  [/^(?:get|receive|recevez|obtenez)\b.{0,80}\b(?:newsletter|briefing|bulletin|lettre d['’]information)(?![\p{L}]).{0,80}$/iu, "newsletter"],
  [/^(?:©|\(c\)|copyright|tous droits réservés|all rights reserved).{0,250}$/iu, "copyright", 300],
  // "Spotted a claim you think we should check? Send it to…", « Vous avez repéré une erreur ?
  // Signalez-la à la rédaction. »
  [/^(?:spotted|seen|found|noticed|heard)\s+(?:a|an)\s+(?:claim|error|mistake|typo)[^?]{0,60}\?.{0,120}$|^vous avez (?:repéré|vu|trouvé|remarqué|entendu) une (?:erreur|faute|affirmation|information)[^?]{0,60}\?.{0,120}$/iu, "share", 200],
  // "Sign up to Ledger Morning: the day’s essential news in five minutes, every weekday."
  [/^(?:[Ss]ign up|[Ss]ubscribe)\s+(?:to|for)\s+(?:the\s+|our\s+)?\p{Lu}.{0,160}$/u, "newsletter", 200],
  // « Propos recueillis par Antoine Rebeyrolle », "Interview by Jane Roe".
  [/^(?:propos recueillis par|interview (?:by|conducted by)|entretien réalisé par)\s+\p{Lu}.{0,80}$/iu, "byline"],
  [/^(?:(?:article )?réservé (?:à nos|aux) abonnés|pour nos abonnés|subscriber[- ]only(?: (?:article|story|content))?|for subscribers)\s*[.!]?$/iu, "newsletter"],
  // « Newsletter « Territoires » Chaque vendredi, l'essentiel… S'inscrire ».
  [/^(?:newsletter|lettre d['’]information)(?![\p{L}]).{0,240}(?:s['’]inscrire|je m['’]inscris|sign up|subscribe)\s*[.!]?$/iu, "newsletter", 300],
  // "Watch TC5 live: Stream our continuing storm coverage", « Écouter Canal Horizon en direct ▶ ».
  [/^(?:watch|listen to|stream|écouter|écoutez|regarder|regardez)\s.{0,40}(?<![\p{L}])(?:live|en direct)(?![\p{L}]).{0,80}$/iu, "related_link"],
  // A live page's entry stamp with its author: "4:52 p.m. · Luis Ferrante".
  [/^\d{1,2}[:h.]\s?\d{2}\s*(?:[ap]\.?m\.?)?\s*[·|•–—-]\s*\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2}$/u, "dateline"],
  // "Comments are closed for this live blog.", "Comments are closed on fact checks."
  [/^(?:les )?(?:comments?|commentaires?) (?:are|sont) (?:closed|disabled|désactivés|fermés)\s(?:for|on|sur|pour)\s[^.!?]{1,40}[.!]?$/iu, "comments"],
  // Bylines with a role: "Harriet Colquhoun, Education correspondent", « Léa Morin, envoyée spéciale »,
  // "Niamh Calloway, WMB correspondent, in Pennock".
  [/^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2},?\s+(?:\p{L}[\p{L}-]*\s+){0,3}(?:correspondent|editor|reporter|writer|journalist|photojournalist|photographer|columnist|correspondante?|journaliste|photojournaliste|photographe|rédactrice|rédacteur|envoyée? spéciale?|chroniqueuse|chroniqueur)(?:,?\s+(?:in|à|en)\s+\p{Lu}[\p{L}'’ -]{1,30})?$/u, "byline"],
  // « Par la rédaction de Canal Horizon Info, avec nos correspondants régionaux ».
  [/^(?:par la rédaction|by the [\p{L} ]{1,20} (?:desk|team|staff)|par (?:notre|nos) (?:correspondante?s?|envoyée?s? spéciale?s?))(?![\p{L}]).{0,120}$/iu, "byline"],
  // Rails and site links: "Explore more on these topics: …", "Reuse this content", "Most viewed",
  // « Afficher les messages précédents », "Republish this story…", "How we rate claims".
  [/^(?:explore more on these topics|more on these topics|explore more|plus de sujets)\s*:.{0,200}$/iu, "related_link", 240],
  [/^(?:reuse this content|most viewed|most shared|les plus partagés|afficher les messages (?:précédents|suivants)|voir les messages (?:précédents|plus anciens)|show (?:older|earlier|previous) (?:posts|updates|entries)|load more|charger plus|how we rate claims|our ratings explained|notre échelle de notation|nos notations)(?![\p{L}])(?:\s*:.{0,200})?\s*$/iu, "related_link", 240],
  [/^(?:republish|republier|reproduire) (?:this|cet|cette|our|nos) (?:story|article|articles|stories|enquête|enquêtes|journalism)(?![\p{L}]).{0,160}$/iu, "related_link", 200],
  // A snippet of HTML in a republishing box: "<p>This article first appeared on <a href=…>".
  [/^<(?:p|a|div|span|img|iframe|script)[\s>].{0,400}$/iu, "share", 420],
  // « Suivez Canal Horizon Info sur WhatsApp et Instagram », "Follow the Ledger on Bluesky".
  [/^(?:suivez|follow)\s.{1,40}\s(?:sur|on)\s(?:whatsapp|instagram|facebook|x|twitter|tiktok|youtube|linkedin|bluesky|threads|google news|mastodon)(?![\p{L}]).{0,60}$/iu, "share"],
  // A fact-checker's membership line: "The Verify Desk is a member of the … Network and follows
  // its code of principles", « … est signataire de la charte du réseau … ».
  [/^.{0,60}(?<![\p{L}])(?:is a (?:verified )?(?:member|signatory) of|est (?:membre|signataire) d[eu'’])(?![\p{L}]).{0,120}(?:fact-?check\w*|vérification|code of principles|charte|IFCN|EFCSN).{0,80}$/iu, "related_link", 240],
  // Section kickers in capitals: "HEALTH / EXPLAINER", « SANTÉ | ENQUÊTE ».
  [/^\p{Lu}{2,}(?:[\s&-]+\p{Lu}{2,})*(?:\s[\/|·]\s\p{Lu}{2,}(?:[\s&-]+\p{Lu}{2,})*)+$/u, "related_link"],
  // A rubric with its kind of piece: « Santé - Médicaments | Dépêche ».
  [/^[^.!?|«»“”"]{1,30}\s[-–]\s[^.!?|«»“”"]{1,30}\s\|\s[^.!?|«»“”"]{1,20}$/u, "related_link"],
  // A fact-check's box, a label in capitals and its text on one line: "CLAIM: Illegal logging…
  // has halved", "MADE BY: Colm Redfern-Ojo, forestry minister", « NOTRE VERDICT : FAUX ».
  // (Not the claim quoted with its speaker, "CLAIM: “Seal numbers… have tripled.” — state Sen. Ray
  // Kessling": that is the claim itself, attributed; nor a verdict with its reasons, "OUR VERDICT:
  // Mostly false. The overall waiting list has shrunk by about 9%.")
  [/^(?:THE CLAIM|CLAIM|CLAIMED BY|MADE BY|WHO SAID IT|SAID BY|VERDICT|OUR VERDICT|RATING|OUR RATING|NOTRE VERDICT|L['’]AFFIRMATION|AFFIRMATION|AUTEUR|QUI L['’]A DIT)[\s\u00A0]?:(?![^«“"]*[«“"])[\s\u00A0]?[^.!?\s][^.!?]{0,200}[.!?]?$/u, "summary_box", 240],
  // A sponsor's label (SPONSOR_LABEL, above).
  [SPONSOR_LABEL, "advertisement", 80],
  // Why the newsletter came: "You’re receiving this email because you subscribed to The
  // Feedwright", « Vous recevez cette lettre parce que vous êtes inscrit·e aux Watts du jeudi ».
  [/^(?:you(?:['’]re| are) receiving this (?:e-?mail|newsletter|message)|vous recevez (?:cette|cet|ce) (?:lettre|newsletter|courriel|e-mail|email|message))(?![\p{L}]).{0,160}$/iu, "newsletter", 200],
  // A newsletter's name and when it comes: "School Day: the Bulletin’s education newsletter, every
  // weekday at 6 a.m.", « La Lettre du matin, chaque jour à 7 heures ».
  [/^[^.!?]{2,40}:\s(?:the|our|la|le|notre)\s[^.!?]{0,50}(?:newsletter|lettre)[^.!?]{0,10},\s(?:every|each|chaque|tous les)\s[^!?]{2,40}$/iu, "newsletter", 160],
  // A numbered list on one line under its label: « Ordre du jour : 1. Plafonnement des escales · 2.
  // Dragage du bassin nord · 3. Questions diverses », "Men: 1. Kipkemei, 2:06:31 · 2. Ngetich…";
  // and an agenda's item: "Agenda item 5: Library service – proposed changes".
  [/^[^.!?:]{2,30}[\s\u00A0]?:[\s\u00A0]1\.[\s\u00A0][^·|]{2,80}[·|][\s\u00A0]?2\.[\s\u00A0].{2,300}$|^(?:agenda item|item|point de l['’]ordre du jour)[\s\u00A0]\d+[\s\u00A0]?:.{3,120}$/iu, "summary_box", 400],
  // A document's card with its length: "DOCUMENT: Halvorsen’s incident report to the Board (12
  // pages)", « DOCUMENT : le rapport de la chambre (PDF, 48 pages) ».
  [/^(?:documents?|pdf|read the (?:full )?(?:report|document|filing|ruling|letter)|lire le (?:document|rapport|courrier))[\s\u00A0]?:\s.{3,140}\((?:pdf,?\s?)?\d+[\s\u00A0]?(?:pages?|p\.)\)$/iu, "related_link", 200],
  // A video's link with its length: "Watch: the key moments from the hearing (2:31)".
  // (Or with where it plays: "Watch: the full meeting on the council’s webcast".)
  [/^(?:watch|regarder|revoir|vidéo|video|listen|écouter)\s?:\s.{3,120}(?:\(\d{1,2}[:’']\d{2}\)|(?<![\p{L}])(?:webcast|replay|livestream|live stream|en vidéo))$/iu, "related_link", 160],
  // A newsletter's issue line: "The Feedwright · Issue No. 212 · Thursday, Feb. 19, 2026".
  [/^[^.!?·|]{2,40}\s[·|]\s(?:issue|numéro|n°|no\.)\s?(?:no\.\s?)?\d+(?:\s[·|]\s[^!?·|]{4,40})?$/iu, "dateline", 120],
  // A newsletter's footer for a forwarded copy: "Forwarded this email? Subscribe to Ullage Weekly for free".
  // (And its plea to pass it on: « Vous aimez Le Réveil ? Transférez-le à un proche », "Enjoying
  // the Brief? Forward it to a friend".)
  [/^(?:forwarded this(?: e-?mail| newsletter)?|was this (?:e-?mail|newsletter) forwarded to you|on vous a transféré cette (?:lettre|newsletter)|(?:(?:vous aimez|enjoying|like|love)\s[^.!?]{1,40}\s?\?\s|cet article vous a (?:été utile|plu)\s?\?\s)?(?:transférez-(?:le|la)|transférez cette (?:lettre|newsletter)|faites-(?:le|la) suivre|partagez-(?:le|la)) à (?:un|une|vos) (?:proches?|amie?s?)|(?:(?:vous aimez|enjoying|like|love)\s[^.!?]{1,40}\s?\?\s)?forward (?:it|this(?: e-?mail| newsletter)?) to (?:a|your) (?:friends?|colleagues?))(?![\p{L}]).{0,120}$/iu, "newsletter", 160],
  // A wire's sign-off initials: "APC cb/mr/js", « APF-jlb/mf ».
  [/^\p{Lu}{2,6}(?:[-\s]+)(?:\p{Ll}{2,4}\/)+\p{Ll}{2,4}$/u, "byline"],
  // A live page's bare entry time ("16:40") and status line ("LIVE Updated 4 minutes ago").
  // (Also the hour alone, as wire live pages stamp them: "7 p.m.", "Noon".)
  [/^(?:\d{1,2}[:h.]\d{2}(?:\s?[ap]\.?m\.?)?|\d{1,2}\s?[ap]\.?m\.?|noon|midnight|midi|minuit)(?:\s?(?:GMT|BST|CET|CEST|UTC|ET|PT|EDT|EST|CDT|CST|PDT|PST))?\.?$/iu, "dateline"],
  [/^(?:live|en direct|direct)(?![\p{L}]).{0,40}(?<![\p{L}])(?:updated|mis à jour|ago|il y a)(?![\p{L}]).{0,30}$/iu, "dateline"],
  // App and alert prompts: "Download the Meridian News app for live alerts", « Suivez toute
  // l'actualité sportive sur l'appli Portail Actu ».
  [/^(?:download|get|install|téléchargez|suivez|retrouvez|installez)(?![\p{L}]).{0,80}(?<![\p{L}])(?:app|appli|application)(?![\p{L}]).{0,100}$/iu, "newsletter", 200],
  [/^(?:(?:save|gift|share|bookmark) (?:this )?article|sauvegarder(?: l['’]article)?|offrir (?:cet )?article)(?:\s*[·|•]\s*(?:(?:save|gift|share|bookmark) (?:this )?article|sauvegarder(?: l['’]article)?|offrir (?:cet )?article))*$/iu, "share"],
  // Editors' notes: "This interview has been edited for length and clarity.", "This article was
  // amended on 12 November to correct…", « Cet entretien est extrait du Grand Entretien… ».
  // (And a chat's: « Les questions ont été sélectionnées et parfois raccourcies par la rédaction. »)
  [/^(?:this (?:interview|conversation|q&a) has been (?:edited|condensed)|(?:readers['’] )?questions (?:have been|were) (?:edited|condensed|shortened)(?= for| and)|les questions ont été (?:sélectionnées|choisies|raccourcies|éditées)(?=[^.!?]{0,60}(?:rédaction|longueur|clarté))|cet entretien (?:a été (?:édité|raccourci|relu)|est extrait)|this (?:article|story) (?:was|has been) (?:amended|corrected|updated) on|cet article a été (?:modifié|corrigé|mis à jour) le)(?![\p{L}]).{0,200}$/iu, "byline", 240],
  // A newsletter's web copy and a series' label: « Vous lisez la version web de La Lettre du
  // campus, envoyée chaque jeudi… », "Part of Home Waters, our series on the places where we
  // play", « Cet article fait partie de notre série… ».
  [/^(?:vous lisez la version (?:web|en ligne) d[eu]|you(?:['’]re| are) reading the (?:web|online) (?:version|edition) of|part of [^.!?]{2,60}, (?:our|a) (?:series|serie)|cet article fait partie d[eu] (?:notre |la )?série)(?![\p{L}]).{0,200}$/iu, "newsletter", 240],
  // An author's note: "Jonah Treadwell writes about museums for The Northfield Tribune."
  // (A second sentence may follow: "She previously covered agriculture for a public radio network.")
  [/^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2}\s(?:writes|reports|covers)\s.{0,100}\sfor\s(?:the\s)?\p{Lu}[^.]{1,50}\.?(?:\s(?:[Ss]he|[Hh]e|[Tt]hey|[Pp]reviously|[Bb]efore|[Ee]arlier|[Ii]l|[Ee]lle)\s.{0,160})?$/u, "byline", 320],
  // An author's note by the years on the beat: "Priya Raman-Holt has written about consumer law for
  // 12 years and previously worked as…". (Not "has covered": "X has covered the cost since 2019".)
  [/^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2}\s(?:has (?:written about|reported on)|has been (?:covering|writing about|reporting on))\s.{0,100}(?<![\p{L}])(?:for \d+ years|since \d{4}|depuis \d{4}|depuis \d+ ans)(?![\p{L}]).{0,160}$/u, "byline", 300],
  [/^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2}\s(?:couvre|suit)\s[^,;«»“”"]{3,140}\sdepuis\s(?:\d{4}|\d+ ans)\.?(?:\s(?:Elle|Il)\s.{0,200})?$/u, "byline", 360],
  // "Julien Ferrand (envoyé spécial à Mirela)", "Meridian News live team, with reporting from…".
  [/^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2}\s\((?:[^(),]{1,40},\s)?(?:envoyée? spéciale?|correspondante?|special correspondent|correspondent|reporter)[^()]{0,40}\)$/u, "byline"],
  [/^[^.!?]{0,60}(?<![\p{L}])(?:with reporting (?:from|by)|avec (?:nos correspondants|la contribution de))(?![\p{L}])[^.!?]{0,80}$/iu, "byline"],
  [/^\((?:avec|with)\s[^()]{2,60}\)$/iu, "byline"],
  [/^(?:réutiliser ce contenu|our verdict ratings explained|how we choose what to check|comment nous choisissons)(?![\p{L}]).{0,120}$/iu, "related_link"],
  [/^(?:voir|lire|afficher) les (?:contributions|réactions|commentaires)(?:\s*\(\d+\))?\s*$/iu, "comments"],
  [/^vous pouvez lire .{0,60} sur un seul appareil.{0,160}$|^découvrir les offres(?![\p{L}]).{0,60}$/iu, "newsletter", 240],
  // Embedded posts' markers: "Skip X post by @FennickHelp", "End of X post by @FennickHelp", "View
  // this post on Instagram", « Voir cette publication sur Instagram ».
  [/^(?:view this (?:post|profile|video) on|voir (?:cette publication|ce profil|cette vidéo) sur)\s(?:instagram|facebook|x|twitter|threads|tiktok|youtube|bluesky)\s*$/iu, "share"],
  [/^(?:skip|end of)\s+(?:x|twitter|instagram|facebook|tiktok|youtube|bluesky|threads)\s+(?:post|content|video)(?![\p{L}]).{0,60}$/iu, "share"],
  // Breadcrumbs with slashes: « Accueil / Monde / Europe ».
  [/^[^.!?\/«»“”"]{1,30}(?:\s\/\s[^.!?\/«»“”"]{1,30}){2,5}$/u, "related_link"],
  // « Radio Continentale | Publié le samedi 22 juin 2024 à 08:15, modifié à 10:02 ».
  // (Or after a middle dot: « Dépêche · Publiée le vendredi 15 mai 2026 à 11h20 ».)
  [/^[^.!?|·]{1,40}[|·]\s*(?:publié|publiée|mis à jour|published|updated|posted)(?![\p{L}]).{0,100}$/iu, "dateline"],
  // A sitting's date, on the line of a council's or a court's report: « Conseil municipal · Séance
  // du lundi 9 mars 2026 », « Séance du lundi 12 octobre 2026 · Salle des fêtes de Quéverne ».
  [/^(?:[^.!?·]{1,40}·[\s\u00A0]*)?(?:séance|session|meeting|audience|hearing|réunion)[\s\u00A0]+(?:du|de|of|on)[\s\u00A0]+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?[\s\u00A0]+)?\d{1,2}(?:er)?[\s\u00A0]+\p{L}+,?[\s\u00A0]+\d{4}(?:[\s\u00A0]*·[^.!?]{1,60})?$/iu, "dateline", 140],
  // A vote's tally set apart: « Motion « pour le retrait des ralentisseurs » : 8 voix pour, 21
  // contre, aucune abstention », "Vote: 6-1 · Next meeting: Oct. 6".
  [/^(?:motion|vote|délibération|résolution|amendement)[^:]{0,80}:[\s\u00A0]*\d+[\s\u00A0]+voix[\s\u00A0]+pour,?[\s\u00A0]+\d+[\s\u00A0]+contre.{0,60}$|^vote[\s\u00A0]?:[\s\u00A0]*\d+[-–]\d+(?:[\s\u00A0]*·.{0,60})?$/iu, "summary_box", 200],
  // "June 12, 2025 at 6:00 a.m.", « 12 juin 2025 à 6 h 00 ».
  [/^(?:[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} \p{L}+ \d{4}) (?:at|à) \d{1,2}(?::\d{2}| ?h ?\d{2})(?: ?[ap]\.m\.)?$/u, "dateline"],
  // Paywalls and appeals in their own words: « Ce contenu est réservé aux abonnés de… », « Cet
  // article est en accès libre… Je soutiens Rebond », "Support the Sentinel".
  [/^(?:ce contenu|cet article|this (?:content|article|story)) (?:est réservé aux abonnés|is (?:for|reserved for) subscribers|est en accès libre|is free to read)(?![\p{L}]).{0,240}$/iu, "newsletter", 300],
  [/^(?:Support|Soutenez|Soutenir|Je soutiens)\s+(?:the\s+|le\s+|la\s+|l['’])?\p{Lu}[\p{L}'’ .-]{1,40}$/u, "donation"],
  // Comment prompts that ask to log in: « Vous souhaitez réagir ? Connectez-vous pour commenter ».
  [/^(?=.{0,160}$)(?=.*(?<![\p{L}])(?:réagir|commenter|comment|comments|commentaires)(?![\p{L}]))(?=.*(?<![\p{L}])(?:connectez-vous|identifiez-vous|log in|sign in|réservés aux abonnés|reserved for subscribers)(?![\p{L}])).*$/iu, "comments"],
  // Live pages' own furniture: "Skip to latest updates", "Stay with us for updates.", "That's all
  // from us", "We're pausing our live coverage here.", "Get in touch: …", "Live Reporting. Edited by…".
  [/^(?:skip to (?:latest updates|content|main content|the latest)|aller (?:au contenu|aux derniers messages)|stay with us(?: for (?:updates|more))?|restez avec nous|that['’]s all from us|we['’]re (?:pausing|ending|closing|wrapping up) (?:our|this) live|thanks for following|merci de nous avoir suivis|ce direct est (?:désormais )?terminé|c['’]est la fin de ce direct|get in touch\s*:|contactez-nous\s*:)(?![\p{L}]).{0,200}$/iu, "related_link", 240],
  [/^(?:live reporting|en direct)?[.\s]*(?:edited|compiled|written|produced|presented) by\s+\p{Lu}.{0,80}$|^(?:édité|réalisé|animé) par\s+\p{Lu}.{0,80}$/iu, "byline"],
  // A live page's byline, who wrote when and where: "Hannah Okonjo-Frith (now) and Liam
  // Pretorius-Hale in Port Halvane (earlier)", "Napat Srisuwan-Kerr and Lwin Moe Aung in Tak
  // province; live page edited by Pimchanok Ratta".
  [/^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,3}(?:\s(?:in|à)\s[^.!?()]{2,40})?\s\((?:now|earlier|maintenant|plus tôt)\)(?:,?\s(?:and|et)\s\p{Lu}[^.!?()]{2,80}\((?:now|earlier|maintenant|plus tôt)\))?$|^[^.!?;]{5,120};\s(?:live (?:page|blog|coverage) )?(?:edited|compiled|produced) by\s\p{Lu}[\p{L}'’ -]{2,60}$/u, "byline", 200],
  // A wire story's note on where it ran first: "This report by The Canadian Press was first
  // published Nov. 26, 2026."
  [/^this (?:report|story|article) by .{2,60} was first published .{3,40}$/iu, "byline", 160],
  // A live page's rail of key events, under its label ("Key events", « Les temps forts »): see
  // RELATED_LABEL in clean-text.ts.
  // A tip line: "Have a tip? Reach our national security team securely on Signal at (202) 555-0147."
  [/^(?:have|got) a (?:news )?tip\s*\?.{0,200}$|^une info(?:rmation)? (?:à nous (?:communiquer|transmettre|signaler))\s*\?.{0,200}$/iu, "share", 240],
  // A comment box's notes: « Votre commentaire sera publié après modération. »
  [/^(?:votre commentaire sera (?:publié|visible) après (?:modération|validation)|your comment will (?:be published|appear) (?:after|once) (?:moderation|it is approved)|comments are moderated)(?![\p{L}]).{0,80}$/iu, "comments"],
  // "Dana Whitfield, Ledger Fact Check".
  [/^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2},\s(?:\p{Lu}[\p{L}'’-]*\s){1,3}(?:Fact Check|Fact-Check|Verify|Desk|Team|Check)$/u, "byline"],
  // A section with its rubric: « Enquête | Sport amateur ».
  [/^\p{Lu}[^.!?|«»“”"]{1,25}\s\|\s[^.!?|«»“”"]{1,25}$/u, "related_link"],
  // A fact-check's list of sources, by its label: "Our fact-check sources:", « Nos sources : ».
  [/^(?:our (?:fact-check )?sources|sources used|nos sources|sources de cette vérification)\s*:?$/iu, "related_link"],
  // Notes about the page itself rather than the news: "This article was produced in partnership
  // with…", "An earlier version of this story misstated…", "This work is licensed under…",
  // « Cet entretien est paru dans le numéro 1482 », « Cet article a été mis à jour à midi… »,
  // "(Adds analyst comment in paragraph 7)". (A bullet may open them: "• This article was amended…")
  [new RegExp(String.raw`^(?:[•·*]\s*)?(?:${PAGE_NOTE})(?![\p{L}]).{0,300}$`, "iu"), "byline", 360],
  [/^\((?:adds|updates|recasts|changes|corrects|rewrites|refiles|writes through|ajoute|actualise)(?![\p{L}])[^()]{3,200}\)$/iu, "byline", 240],
  // About the author: "Dana Okafor covers education for Riverbend Investigates. Reach her at…",
  // « Mathilde R. est journaliste au service Industrie du Courrier des affaires. Elle suit… »,
  // « À propos de l'auteur : … », "By Marcus Webb, a senior reporter covering privacy…".
  [/^(?:about the author|à propos de l['’]auteur(?:e)?|l['’]auteur(?:e)?|the author)\s*:.{0,300}$/iu, "byline", 360],
  [/^\p{Lu}[\p{L}'’-]+(?:[\s-]\p{Lu}[\p{L}'’.-]*){1,3}\s(?:is|est)\s(?:[Aa]|[Aa]n|[Tt]he|une?|la|le)?\s?(?:[\p{L}'’]+\s){0,4}(?:[Jj]ournalist|[Rr]eporter|[Cc]orrespondent|[Ee]ditor|[Ww]riter|[Cc]olumnist|[Ff]act-?checker|vérificat(?:rice|eur)|journaliste|rédactrice|rédacteur|correspondante?|chroniqueuse|chroniqueur|grand reporter)(?![\p{L}]).{0,240}$/u, "byline", 300],
  [/^(?=.{0,300}$)\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,3}\s(?:covers|reports on|writes about)\s.{0,120}(?<![\p{L}])(?:(?:[Rr]each|[Cc]ontact|[Ee]mail|[Ff]ollow) (?:her|him|them|me)|[Ss]end (?:news )?tips to)(?![\p{L}]).*$/u, "byline", 300],
  [/^[Bb]y\s(?:\p{Lu}[\p{L}'’.-]*\s?){1,4},\s(?:a|an|the)\s[^.]{0,60}(?<![\p{L}])(?:reporter|writer|editor|correspondent|columnist|journalist)(?![\p{L}]).{0,160}$/u, "byline", 260],
  // A caption that ends on its credit: "… after being jailed (Image: Wexmoor News Agency)", "…
  // in August. Credit: Maya Lindqvist for Riverbend", « … Reportage de Claire V. et Thomas B. »,
  // "Item 1 of 2 Delivery vans… Purchase Licensing Rights".
  // (Unanchored, each opening on a literal, so that the engine skips ahead cheaply.)
  [/\((?:image|images|photo|photos|picture|pictures|photograph|crédit|crédits|credit|source|supplied|vidéo|video)\s*:\s*[^()]{2,80}\)\s*$/iu, "photo_credit", 320, "tail"],
  [/[.)]\s+(?:\|\s*)?(?:[Cc]redit|[Cc]rédit|[Pp]hoto(?:graph)?(?: [Cc]redit)?|PHOTO|[Ii]mage|[Pp]icture)(?:\s*:|\s+by)\s*\p{Lu}(?:[^.!?]|(?<=\s\p{Lu}|:\s?\p{Lu})\.){2,100}$|[.)]\s+©\s?\S.{1,80}$/u, "photo_credit", 320, "tail"],
  [/\((?:Ph\.|Ph[\s\u00A0]*:|Photo|Crédit|Credit|DR)[^()]{0,40}\)$/u, "photo_credit", 320, "tail"],
  // A credit in brackets on its own line, the agency before the word: "(DM Photo)", "(File photo)".
  [/^\((?:\p{Lu}[\p{L}.&'’ -]{0,30}\s)?(?:photo|photos|pic|pics|picture|file photo|file)\)$/iu, "photo_credit", 50],
  // « … lundi matin. PHOTO ÉTIENNE GOSSELIN-ROY, LA VIGIE », « … Photo d’illustration Archives Le
  // Courrier du Causse - Xavier Fabre », « … (Jérôme Valéry pour L’Économiste du Matin) », "… [RTHV –
  // Lucie Berclaz]".
  [/[.)]\s+(?:PHOTO|Photo)(?:\s+d['’]illustration)?(?:\s+(?:[Aa]rchives|DR))?\s+\p{Lu}[^.!?]{2,100}$|\((?:\p{Lu}[\p{L}'’.-]+\s){1,3}(?:pour|for)\s[^()]{2,60}\)$|\[[^\[\]]{2,40}\s[–—\/-]\s[^\[\]]{2,40}\]$/u, "photo_credit", 320, "tail"],
  [/[.)]\s+(?:[Rr]eportage|[Rr]eport|[Ii]mages|[Vv]idéo|[Vv]ideo|[Ff]ootage)\s(?:de|by|d['’])\s?\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)*(?:\s(?:et|and|,)\s\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)*)*\.?$/u, "photo_credit", 320],
  [/^item \d+ of \d+(?![\p{L}])|(?:purchase|acquire) licensing rights(?![\p{L}]).{0,40}$/iu, "photo_credit", 360],
  // A video's or a recording's teaser with its length: "VIDÉO. Fuite de données : les trois
  // réflexes… (01:48)", « Écouter l'entretien de Bertrand Lhomel (6 min) », « Lire en mode audio ».
  // ("Listen again (8 min 40 sec)".)
  [/\((?:(?:\d{1,2}:)?\d{1,2}:\d{2}|\d{1,3}\s?(?:min|mn|minutes?|s|sec)(?:\s?\d{1,2}(?:\s?(?:s|secs?|seconds?))?)?)\)$/iu, "related_link", 240, "tail"],
  [/^[▶►]?\s*(?:vidéo|video|audio|podcast|replay)\s*[.:]?\s*(?:\d{1,2}:)?\d{1,2}:\d{2}(?![\p{N}]).{0,200}$/iu, "related_link", 240],
  [/^(?:lire|écouter|listen|play)(?![\p{L}]).{0,40}(?<![\p{L}])(?:audio|mode audio|podcast)(?![\p{L}]).{0,100}$/iu, "related_link"],
  // A programme's name as a transcript's label: « Lormières Soir, le journal de 19 heures –
  // transcription », "Wrenfield Today – full transcript".
  [/^\p{Lu}[^.!?:]{2,80}[\s\u00A0][–—-][\s\u00A0](?:transcription|(?:full |edited )?transcript)(?: (?:intégrale|complète))?$/iu, "related_link", 120],
  // A transcript's note on how it was made: "This transcript was generated automatically and
  // corrected by the Ellesk Breakfast team. It may contain errors."; a player's pointer to the
  // whole recording: "Listen to the full interview on Radio Ellesk Sounds", « Réécoutez
  // l’intégralité de l’entretien sur notre site ».
  [/^(?:this|the) transcript (?:was|has been|is) (?:generated|produced|created|made) (?:automatically|by (?:an? )?(?:machine|computer|software|automated)\b)[^.!?]{0,80}\.(?:\s(?:(?:it|the transcript) may contain (?:errors|mistakes)|please check (?:it )?against the (?:audio|recording|broadcast)(?: before quoting)?)\.?)?$|^(?:(?:cette|la) transcription (?:a été|est) (?:générée|réalisée|produite|faite) automatiquement[^.!?]{0,80}\.|transcription (?:réalisée|établie|faite) par la rédaction\.?)(?:\s(?:(?:elle )?(?:peut|pourrait) contenir des erreurs|seul le prononcé fait foi)\.?)?$|^(?:seul le prononcé fait foi|check against delivery)\.?$|^(?:listen to|watch|hear) the (?:full|whole|complete) (?:interview|report|programme|program|episode|conversation|segment)(?: on| at| in)? [^.!?]{0,60}$|^(?:listen again|listen back|catch up|watch again)(?: to (?:the|this) (?:full )?(?:programme|program|episode|interview|show))? (?:on|in|at|via) [^.!?]{2,60}$|^(?:(?:ré)?écouter|(?:re)?voir|retrouvez) (?:toutes |tous )?(?:les|nos) (?:revues de presse|émissions|chroniques|épisodes|journaux|reportages)(?: [^.!?]{2,40})?$|^(?:listen to|catch up on|watch) (?:all )?(?:our |the )?(?:press reviews|episodes|programmes|bulletins)(?: [^.!?]{2,40})?$|^(?:(?:ré)?écoutez|retrouvez|(?:re)?regardez) l['’]intégralité de (?:l['’]entretien|l['’]interview|l['’]émission|ce reportage|l['’]épisode)[^.!?]{0,60}$/iu, "related_link", 200],
  // A fact-check desk's description of itself and its call for claims: "Lantern Check is the
  // fact-checking desk of the Corrin Valley Herald. Send us a claim to check.", « Vous souhaitez
  // nous signaler une affirmation à vérifier ? Écrivez-nous ».
  [/^\p{Lu}[^.!?]{1,40} (?:is|est) (?:the|an?|le|la) (?:independent )?(?:fact-check(?:ing)? (?:desk|unit|team|service|project|section)|(?:service|rubrique|cellule) de (?:vérification|fact-checking))(?![\p{L}])[^.!?]{0,80}\.(?:\s[^.!?]{0,80}[.!?]?)?$|^(?:(?:send|tell|show) us (?:a|an) (?:claim|post|rumou?r|statement|video|image) to (?:check|verify|fact-check)|vous (?:souhaitez|voulez|aimeriez) nous (?:signaler|soumettre|proposer) (?:une?|des) [^.!?]{2,30} à vérifier[\s\u00A0]?\?(?:\s(?:écrivez|contactez|envoyez)-nous[^.!?]{0,60})?)[.!]?$/iu, "newsletter", 240],
  // A newsletter's name and pitch as a line: "The Tribune Sports Newsletter: the week’s best
  // stories every Friday."
  [/^(?:the )?\p{Lu}[^.!?:]{1,60}[\s\u00A0](?:newsletter|lettre d['’]information)[\s\u00A0]?:[\s\u00A0][^«»“”"]{3,120}$/iu, "newsletter", 200],
  // (Any note a line opens with the transcript itself as its subject: "This transcript was made
  // from the broadcast and checked by our newsroom. Minor edits have been made for clarity.",
  // "This is a transcript of a television broadcast and may contain errors.", « Cette
  // transcription a été légèrement éditée pour la lecture. »; quoting no one.)
  [/^(?:this transcript (?:was|has been|is|will be)|this is an? (?:[\p{L}-]+ )?transcript of an? [\p{L}-]+ (?:broadcast|programme|program|segment|bulletin|interview)|cette (?:re)?transcription (?:a été|est|sera))(?![\p{L}])[^«»“”"]{0,300}$/iu, "byline", 320],
  // A podcast page's buttons: "Download MP3 (38.4MB)", "Read the full transcript", « Télécharger
  // l’épisode ».
  [/^(?:download|télécharger)(?: the| l['’])?(?: mp3| audio| episode| épisode| podcast)(?:[\s\u00A0]?\([\d.,]+[\s\u00A0]?[km]o?b?\))?$|^(?:read|lire)(?: the| la)?(?: full)? (?:transcript|transcription)(?: complète)?$/iu, "related_link", 60],
  // Polls and feedback widgets: "SONDAGE Avez-vous… ? Oui 58 % Non 42 % 2 317 votes", « Cet
  // article vous a-t-il été utile ? Oui Non », "Was this article helpful? Yes No".
  [/^.{0,200}\?\s*(?:oui|yes)(?:\s+\d+(?:[.,]\d+)?\s?%|\s*\(\d+\))?\s*[·|/]?\s+(?:non|no)(?:\s+\d+(?:[.,]\d+)?\s?%|\s*\(\d+\))?(?:\s.{0,40})?$/iu, "comments", 300],
  // Call-outs to readers: "Has your child been…? We want to hear from you. Tell us here.",
  // « Vous êtes concerné ? Témoignez », « Racontez-nous ».
  [/\b(?:we want to hear from you|we['’]d like to hear from you|tell us (?:here|your story|about it|what you think)|share your (?:story|experience)|témoignez|racontez-nous|écrivez-nous|contactez-nous)(?![\p{L}])(?=.{0,120}$)/iu, "share", 300, "reader"],
  // "Do you have pictures or video of the protests? We pay for your stories…".
  [/^(?:do you have|have you got|got) (?:a |any )?(?:pictures?|photos?|videos?|footage|a story|story|information|info|a tip|tips?)(?![\p{L}]).{0,240}$|^vous avez (?:des photos|des vidéos|une info|une information|été témoin)(?![\p{L}]).{0,240}$/iu, "share", 300],
  // Appeals that open on the reader leaving: "Before you go: The Albion Herald has no owner…",
  // "Before you keep reading: …", « Avant de partir… ».
  [/^(?:before you (?:go|keep reading|continue|leave|read on|move on)|avant de (?:partir|poursuivre|continuer)|one more thing)\s*[:,.].{0,600}$/iu, "donation", 700],
  [/^(?:make a (?:\S+ )?(?:gift|donation)|give|donate|faites un don|je fais un don|donnez)(?:\s\S+){0,4}\s*(?:today|now|aujourd['’]hui|maintenant)\s*[.!]?$/iu, "donation"],
  // A site's own rules for the reader: sign-up consent, affiliate disclosures, personalised feeds,
  // live pages' reading order, paywall counters and one-device notices.
  [/^(?=.*(?<![\p{L}])(?:your|you|vous|votre|vos)(?![\p{L}]))(?=.*(?<![\p{L}])(?:sign-?up|unsubscribe|se désinscrire|désabonner|homepage feed|email digest|daily digest|personali[sz]ed|earn (?:a )?commission|affiliate|liens? d['’]affiliation|commission sur|boîte mail|inbox|en haut de la page|at the top of the page|il vous reste|de cet article à lire|of this article (?:left|remaining)|un appareil à la fois|one device at a time|réservée? aux abonnés|for subscribers)(?![\p{L}])).{0,500}$/iu, "newsletter", 600, "reader"],
  // (Unless body sentences come first: "…whether it would do so.You have read 2 of 3 free
  // articles this month. Subscribe for…" keeps its paragraph; the glued counter goes alone.)
  [/^(?![^.!?]{20,}[.!?]\s*\p{Lu}[^.!?]{20,}[.!?])(?=.*(?<![\p{L}])(?:abonnez-vous|subscribe)\s(?:à|to|dès|from|for)(?![\p{L}]))(?=.*(?<![\p{L}])(?:vous|you|your|votre)(?![\p{L}])).{0,400}$/iu, "newsletter", 400, "reader"],
  [/^(?:newsletter|lettre d['’]information)\s*[«“"].{1,60}[»”"]\s*$/iu, "newsletter"],
  // A newsletter's pitch: "The week's rugby, pulled apart by our writers, every Thursday", « Chaque
  // mercredi, le meilleur de nos enquêtes… ». (Short, no full stop, our writers on a set day.)
  [/^(?=(?:\S+\s+){0,24}\S+$)(?=.*(?<![\p{L}])(?:every|each|chaque)\s(?:day|morning|evening|week|weekday|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jour|matin|soir|semaine|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?![\p{L}]))(?=.*(?<![\p{L}])(?:our|nos|notre)(?![\p{L}]))[^.!?]*[^.!?\s]\.?$/iu, "newsletter"],
  // (Or opening on when it comes, to "you": « Chaque vendredi, l’actualité des entreprises de votre
  // département. »)
  [/^(?=(?:\S+\s+){0,15}\S+$)(?:every|each|chaque)\s(?:day|morning|evening|week|weekday|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jour|matin|soir|semaine|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?![\p{L}])[^.!?]*(?<![\p{L}])(?:your|votre|vos)(?![\p{L}])[^.!?]*\.?$/iu, "newsletter"],
  // Media and membership appeals in their own words: « rejoignez les 38 000 membres qui nous
  // financent », "please consider a contribution".
  [/^(?=.*(?<![\p{L}])(?:vous|you|your|please)(?![\p{L}]))(?=.*(?:qui nous (?:financent|soutiennent|font vivre)|readers? (?:who|like you) (?:fund|support)|consider (?:a|making a) (?:contribution|donation|gift)|make a contribution|faire une contribution)).{0,600}$/iu, "donation", 700, "reader"],
  // Dates and times alone: « Le 15/03/2026 à 06h00 - Modifié le 15/03/2026 à 09h32 ».
  [/^(?=.*\d{1,2}[/.]\d{1,2}[/.]\d{2,4})(?:(?:le|à|at|on|modifié|mis à jour|publié|updated|posted|published|[-–—|·,])\s*|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\s*|\d{1,2}\s?[h:]\s?\d{2}\s*)+$/iu, "dateline"],
  // Labels that press databases put in an exported article ("ABSTRACT", "FULL TEXT", « Texte
  // intégral »), and a correction's label alone: "Correction Appended", "Correction: October 2, 2016".
  [/^(?:abstract|full text|texte intégral|lead paragraph)\s*[.:]?$|^(?:corrections?|clarifications?|updates?|rectificatifs?|mise à jour)(?:\s(?:appended|ajoutée?))?(?:\s*:\s*[^.!?]{0,30}\d[^.!?]{0,30})?\.?$/iu, "dateline"],
  // A press database's header and footer (« … jeudi 6 février 2025 495 mots, p. 8 », « 5 février
  // 2025 - Le Courrier du Causse (site web) », « Le présent document est protégé par les lois… »,
  // « Certificat émis le … », « Ce document est distribué par … »).
  [/^.{0,120}(?<![\p{L}])\d[\d\s]{0,6}\s(?:mots|words)(?:,\s*p\.\s*\d+)?\.?$|^.{0,80}\((?:site web|web site|online|en ligne)\)\s*$/iu, "dateline", 160],
  [/^(?:le présent document est protégé|ce document est distribué par|certificat émis le|this document is protected by|the present document is protected)(?![\p{L}]).{0,300}$/iu, "byline", 360],
  // Paywall counters and account lines: « Vous avez lu 7 des 10 articles… », « Votre abonnement…
  // sera renouvelé le… », "You have read 3 of 5 free articles this month".
  [/^(?:vous avez lu \d+ (?:des|sur) \d+ articles|you(?:['’]ve| have) read \d+ (?:of|out of) (?:your )?\d+ (?:free )?articles|votre abonnement .{0,60}(?:sera renouvelé|expire|prend fin)|your subscription .{0,60}(?:renews|expires|will renew))(?![\p{L}]).{0,160}$/iu, "newsletter", 240],
  // Polls by their label: « SONDAGE – Comprenez-vous… ? », "POLL: Should the council…?".
  [/^(?:sondage|poll|quiz|vote|votez)\s*[–—:-]\s*.{5,200}\?$/iu, "comments", 240],
  // Channel prompts, language notes, press-council membership, a wire dateline alone ("SABLE
  // RAPIDS —", "CARVELL (Sunridge 8) —"), comment forms' notices, media players ("▶ …"), and a
  // note on how the article was reported (« Pour cet article, nous avons consulté… »).
  [/^join (?:the |our )?(?:\S+\s){0,3}(?:whatsapp|telegram|signal) (?:channel|group|community)(?![\p{L}]).{0,160}$|^rejoignez (?:notre |la )?(?:chaîne|communauté) (?:whatsapp|telegram)(?![\p{L}]).{0,160}$/iu, "newsletter", 240],
  [/^(?:this article is (?:also )?available in|cet article est (?:aussi |également )?disponible en|dieser artikel ist auch auf|ce texte est (?:aussi |également )?disponible en)(?![\p{L}]).{0,80}$/iu, "related_link", 120],
  [/(?:is a member of (?:the )?[\p{L} ]{0,40}(?:press council|press complaints|news media council|ipso|impress)|concerns about our journalism|est (?:membre|adhérent) du conseil de déontologie)(?![\p{L}]).{0,200}$/iu, "byline", 320],
  [/^\p{Lu}{2,}(?:[\s'’-]\p{Lu}{2,}){0,3}(?:,\s\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+)?)?(?:\s\([^()]{2,30}\))?\s*[—–]\s*$/u, "dateline", 60],
  [/^(?:votre adresse (?:e-?mail|de messagerie|courriel) ne sera pas publiée|your email address will not be published|required fields are marked|les champs obligatoires sont indiqués)(?![\p{L}]).{0,160}$/iu, "comments", 240],
  [/^[▶►]\s*\S.{0,200}$/u, "related_link", 240],
  [/^(?:pour (?:cet article|cette enquête|ce reportage)|for this (?:article|story|investigation|report)),\s(?:nous avons|we|the \p{Lu}\S*|l['’]équipe|notre rédaction)\s.{0,400}$/iu, "byline", 480],
  // A live page's prompt to ask the reporter: « Une question sur ce conseil ? Posez-la à notre
  // journaliste… », "Ask our reporter a question below."
  [/(?:posez(?:-la|-les)?|posez vos questions|ask (?:our|the) (?:reporter|journalist|team))(?![\p{L}]).{0,40}(?:journaliste|rédaction|reporter|journalist|ci-dessous|below)(?![\p{L}]).{0,80}$/iu, "comments", 240, "reader"],
  // Score widgets and poll results: "Castelmaure 0-2 Saint-Rémy (terminé)", "Oui 71 % - Non 29 %
  // (3 804 votants)".
  // (No /i with \p{Lu}: case-insensitive, it would match any letter.)
  [/^\p{Lu}[\p{L}'’ .-]{1,30}\s\d{1,2}\s?[-–]\s?\d{1,2}\s\p{Lu}[\p{L}'’ .-]{1,30}(?:\s\((?:terminé|mi-temps|en cours|FT|HT|AET|\d{1,3}['’]?)\))?$/u, "comments", 120],
  [/^(?:oui|yes)\s+\d+(?:[.,]\d+)?\s?%.{0,10}(?:non|no)\s+\d+(?:[.,]\d+)?\s?%.{0,40}$/iu, "comments", 120],
  // Credits and print notes on lines of their own: "Credit: Pitchside Images", « (R. Esteban/L’Élan
  // sportif) », « Retrouvez cet article dans L’Élan sportif du mercredi… ».
  [/^(?:credit|crédit|photo|image|picture)s?\s*:\s*\p{Lu}[^.!?]{1,60}$|^\((?:[^()\/]{2,40}\/[^()]{2,40}|(?:photo|ph\.|crédit|credit)[^()]{2,40})\)$|^retrouvez cet article dans .{0,200}$/iu, "photo_credit", 240],
  // Betting adverts and funding notes: "… 18+. New customers only. T&Cs apply. Please gamble
  // responsibly.", "… is public-interest journalism co-funded by the … Fund".
  // "If you have been affected by issues raised in this article, … helpline is open…", « Si vous
  // êtes concerné·e… » (support lines after a story), the comment section's rules ("first and last
  // names will appear with each submission"), and a funder's line (« Ce contenu est réalisé grâce
  // au Fonds régional pour l'information de proximité »).
  // "Zot commentaires (12)", "Reader comments (48)": a comment counter under any label.
  [/^(?:[\p{L}’']+\s){0,3}(?:commentaires|comments|réactions|reactions)\s*\(\d{1,5}\)$/iu, "comments", 60],
  [/^(?:if you(?:['’]ve| have)? (?:been )?(?:are )?affected by (?:any of )?(?:the )?(?:issues?|topics?|subjects?) (?:raised|discussed|covered|in this)|if you or someone you know (?:is|are|has|needs)|si vous (?:êtes|vous sentez) concerné(?:·e|e)?s? par (?:ce|les) (?:sujet|thème|problème)s?).{0,260}$|(?:first and last names will appear|to encourage (?:thoughtful|respectful|civil) (?:and (?:respectful|civil) )?conversations?|pour (?:des échanges|un débat) (?:respectueux|constructifs?)).{0,300}$|^(?:ce|cet|cette) (?:contenu|article|reportage|enquête|projet) (?:est|a été) (?:réalisée?|produite?|financée?|rendue? possible) (?:grâce au|grâce à|avec le soutien d[eu]|par le)[^.!?]{2,120}[.!]?$/iu, "comments", 360],
  [/(?:T&Cs apply|gamble responsibly|begambleaware|jouer comporte des risques)(?![\p{L}]).{0,40}$|^[^.!?]{0,80} is (?:public[- ]interest )?journalism (?:co-)?funded by .{0,200}$/iu, "related_link", 320],
  // A tabloid rail's items: a kicker in capitals, then the headline ("KIT CLASH Town fans fume over
  // 'pyjama' away shirt").
  [/^\p{Lu}{2,}(?:\s\p{Lu}{2,}){0,2}\s\p{Lu}\p{Ll}[^.!?]{5,120}$/u, "related_headline", 140],
  // In-page navigation: "Jump to: What's the problem? | Which models?", « Sommaire : … ».
  [/^(?:jump to|skip to|in this article|dans cet article|sommaire|au sommaire|contents)\s*:.{0,200}$/iu, "related_link", 240],
  // Print notes: "A version of this article appears in print on March 6…", « Cet article est paru
  // dans l'édition du… ».
  [/^(?:a version of this (?:article|story) appears? in print|this (?:article|story) appeared in (?:print|(?:\S+\s){0,4}print edition)|this (?:report|story|article) by .{1,60} was (?:first )?published|(?:cet article|ce texte|cet entretien|ce reportage) (?:est paru|a paru|a été publié) dans (?:l['’]édition|le journal|notre édition|le numéro))(?![\p{L}]).{0,240}$/iu, "byline", 300],
  // A video's caption with its length: "CCTV shows a stolen ute reversing… Duration: 42 seconds".
  [/(?:duration|durée)\s*:\s*(?:\d{1,2}\s?(?:h|:)\s?)?\d{1,3}\s?(?:seconds?|secondes?|minutes?|min|mn|s|:\d{2})(?:\s?\d{1,2}\s?s?)?\s*$/iu, "related_link", 300, "tail"],
  // An acknowledgement of the land's custodians, on Australian and Canadian sites.
  // ("TPB acknowledges Aboriginal and Torres Strait Islander peoples as the First Australians…")
  [/(?:acknowledges?|recognises?|recognizes?) (?:the traditional (?:custodians|owners|territor)|Aboriginal and Torres Strait Islander peoples)/iu, "related_link", 300],
  // A caption with its credit glued in brackets, as public broadcasters print them: "A
  // water-bombing helicopter over the ranges on Saturday.(TPB News: Liam Ostrowski)".
  [/^[^«»“”"]{10,200}[.!]?\s?\(\p{Lu}[\p{L}&.'’ -]{1,30}:\s*\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}\)$/u, "photo_credit", 260],
  // Comments switched off, a comment link with its count: "Comments are turned off for this
  // article.", "Commenting is now closed for this story.", « Réagir à cet article (4) ».
  [/^(?:comments are (?:turned off|switched off|not available)|commenting (?:is|has been) (?:now )?(?:closed|disabled|turned off)|les commentaires ne sont pas (?:ouverts|disponibles))(?![\p{L}]).{0,60}$|^(?:réagir|commenter|comment on|discuss) (?:à )?(?:cet|this) (?:article|story)(?:\s*\(\d+\))?\s*$/iu, "comments"],
  // Listings and classifieds: "Upcoming Events: …", « Petites annonces | Vends tank à lait… ».
  [/^(?:upcoming events|events|what['’]s on|agenda|à l['’]agenda|petites annonces|classifieds|annonces légales|legal notices)\s*[:|].{0,240}$/iu, "related_link", 300],
  // Pointers to the site's own sections: « Toutes les cotations de la semaine dans notre rubrique
  // Marchés. », "Find all our coverage in our Elections section."
  [/(?:dans (?:notre|nos) (?:rubrique|rubriques|pages|dossier|espace)|in our [\p{L} ]{1,30} (?:section|pages|hub))\s\p{Lu}?[^.!?]{0,40}[.!]?$/iu, "related_link", 200, "tail"],
  // A live page that refreshes itself: « Le direct est actualisé automatiquement. Activez les
  // notifications… », "This page updates automatically."
  [/^(?:le direct|ce direct|cette page|la page|this page|the page|this live (?:blog|page)) (?:est actualisée? automatiquement|se met à jour automatiquement|updates automatically|refreshes automatically|is updated automatically)(?![\p{L}]).{0,160}$/iu, "related_link", 240],
  // Live pages' promises and closers: « Nos journalistes sont mobilisés… pour vous informer »,
  // « Fin des messages pour le moment. Rechargez la page pour suivre la suite de ce direct ».
  [/^(?:nos (?:journalistes|équipes|reporters|rédactions?) (?:sont|restent) mobilisée?s|our (?:reporters|journalists|teams?|newsroom) (?:are|is|will be) (?:on the ground|working|here|bringing you))(?![\p{L}]).{0,160}$/iu, "related_link", 200],
  [/^(?=.{0,200}$)(?=.*(?<![\p{L}])(?:rechargez|actualisez|rafraîchissez|refresh|reload) (?:la|cette|the|this) page(?![\p{L}])).*(?:direct|live|updates|mises? à jour|messages)(?![\p{L}]).{0,60}$/iu, "related_link", 200],
  // Coverage pointers and funding notes: "Follow Lodestar’s coverage of faith at …", "…’s religion
  // coverage receives support from the … Foundation. Lodestar is solely responsible for all content."
  [/^follow (?:our |[\p{Lu}][\p{L}'’ ]{1,30}['’]s )?(?:full )?coverage(?![\p{L}]).{0,160}$/iu, "related_link", 200],
  [/(?:coverage|reporting|journalism|content) receives? (?:support|funding) from .{0,200}$|is solely responsible for all content.{0,10}$/iu, "byline", 360],
  // Station banners: "WEATHER ALERT: Heat Advisory in effect…", « ALERTE MÉTÉO : … ».
  [/^(?:weather alert|traffic alert|alerte météo|alerte info trafic|load-shedding|power alert|breaking news|breaking|flash info|alerte info)\s*:.{0,200}$/iu, "related_link", 240],
  // A labelled link to another piece: "Explainer: who polices our rivers, and why…", « Décryptage :
  // … ». (No full stop: a paragraph opening "Analysis: the figures…" is text.)
  [/^(?:explainer|analysis|watch|listen|in pictures|in depth|décryptage|analyse|en images|le récit|enquête|podcast)\s*:\s*[^.!]{5,160}$/iu, "related_link"],
  // A fact-check desk's call for tips: « Une affirmation vous semble douteuse ? Signalez-la… ».
  [/^(?:une|cette) (?:affirmation|info|information|rumeur|image|vidéo) vous (?:semble|paraît) (?:douteuse|fausse|suspecte)\s?\?.{0,160}$/iu, "share", 200],
  // Credits by initials or by agency and name: « Photo C. D. », "MPR – Lucie Favre".
  [/^(?:photo|photos|crédit photo|photograph|image)\s*:?\s*(?:\p{Lu}\.\s?){1,3}$/iu, "photo_credit"],
  // « Photo TunInfo24 », « Photo archives Pierre Lacazette », « PHOTO DR »: the word, then names.
  [/^(?:Photo|PHOTO|Photos|PHOTOS)(?:\s+(?:archives|d['’]illustration))?\s+\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*){0,4}$/u, "photo_credit", 80],
  // A chart's credit with no colon: « Infographie Le Réveil lérandais », "Graphic The Harbour Post".
  [/^(?:Infographie|INFOGRAPHIE|Infographic|Graphique|Graphic|Illustration)\s+(?:(?:Le|La|Les|The)\s|L['’])?\p{Lu}[\p{L}'’-]*(?:\s[\p{L}'’-]+){0,3}$/u, "photo_credit", 60],
  [/^\p{Lu}{2,6}\s[–—]\s\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){1,2}$/u, "photo_credit"],
  // A photographer for the paper, on a line of its own: « Lou Tessandier pour Le Nouveau Relief »,
  // "Nadia Orell for The Harbour Ledger".
  [/^\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){1,2}\s(?:pour|for)\s(?:(?:Le|La|Les|The)\s|L['’])?\p{Lu}[\p{L}'’-]*(?:\s(?:de\s|du\s|of\s)?\p{Lu}[\p{L}'’-]*){0,3}$/u, "photo_credit", 80],
  // « Article rédigé par Margaux Tellier-Roux, Samuel Odin - Actu Continu ».
  [/^(?:article rédigé par|rédigé par|written by|a story by)\s+\p{Lu}.{0,120}$/iu, "byline"],
  // Tickers of the page's services: « Marées à Port-Goulven · PM 07h14 (coef. 92) · BM 13h31 »,
  // "Tide times · Port Aronui · High 7.58pm…", « Info trafic · RD 217 fermée… », "Ferry status · …",
  // a radio's « En ce moment à l'antenne : … », "Now playing: …".
  [/^(?:tide times|tides|marées|info trafic|infos? route|traffic|ferry status|now playing|on air(?: now)?|en ce moment à l['’]antenne|actuellement à l['’]antenne)(?:\s[^·|:]{1,40})?\s*[·|:]\s.{0,160}$/iu, "related_link", 220],
  // The outlet's contests and notices: « Jeu : gagnez vos forfaits… », "Announcements: Celebrating
  // the life of…".
  [/^(?:jeu|jeu-concours|concours|contest|competition|giveaway)\s*:\s*(?:gagnez|tentez|remportez|win|enter)(?![\p{L}]).{0,150}$/iu, "advertisement", 200],
  [/^(?:announcements|obituaries|death notices|avis de décès|nécrologie|carnet)\s*:\s*.{1,150}$/iu, "advertisement", 200],
  // An ad slot's placeholder: "This advertisement has not loaded yet, but your article continues below."
  [/^this advertisement has not loaded yet(?![\p{L}]).{0,60}$/iu, "advertisement", 100],
  // A reporter's funding: "Dana Whelan’s reporting is funded by the Local Journalism Initiative."
  [/^\p{Lu}[^.!?]{0,60}['’]s? (?:reporting|journalism|position|work) (?:is|was) (?:funded|supported|made possible) (?:by|through) .{0,120}$/u, "byline", 200],
  // "Kindly share this story:", « Partagez cet article : ».
  [/^(?:kindly |please )?(?:share this (?:story|article|post)|partagez cet article)\s*:?$/iu, "share"],
];
