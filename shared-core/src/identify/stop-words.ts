// Function words that carry no theme. Every entry is lowercase letters only, so it survives `tokenize`
// unchanged; contractions appear as the fragments left once the apostrophe splits them (`don't` → `don`).
// Japanese has no list: it is cut into character bigrams, and the log-odds weighting discounts particles.

const words = (list: string): readonly string[] => list.trim().split(/\s+/);

const en = words(`
  a about after again all also am an and any are aren as at be because been before being between both but
  by can cant could couldn did didn didnt do does doesn doesnt doing don dont down during each even few
  for from get got had hadn has hasn have haven having he her here herself him himself his how i if im in
  into is isn isnt it its itself ive just me more most much my myself no nor not now of off on once only
  or other our ours out over own really same she should shouldn so some still such than that the their
  them themselves then there these they this those through to too under until up very was wasn we were
  weren what when where which while who whom why will with won wont would wouldn yet you your yours
  yourself
`);

const de = words(`
  aber alle allem allen aller alles als also am an andere anderen anderer auch auf aus bei bin bis bist da
  damit dann das dass dein deine dem den denn der des dich die dies diese diesem diesen dieser dieses dir
  doch dort du durch ein eine einem einen einer eines er es etwas euch euer für gegen hab habe haben hat
  hatte hier hin ich ihm ihn ihnen ihr ihre im in ist ja jede jedem jeden jeder jetzt kann kein keine man
  mein meine mich mir mit muss nach nicht nichts noch nun nur ob oder ohne schon sehr sein seine sich sie
  sind so soll über um und uns unser unter viel vom von vor war waren was weil wenn wer wie wieder wir
  wird wo zu zum zur zwischen
`);

const fr = words(`
  ai alors après as au aucun aussi autre aux avait avant avec avez avoir avons bien ce ceci cela celui ces
  cet cette chez comme dans de déjà depuis des donc dont du elle elles en encore entre est et était été
  êtes être eu fait ici il ils jamais je la le les leur leurs lorsque lui ma mais me même mes moi mon ne
  non nos notre nous on ont ou où oui par parce pas pendant peu plus pour puis qu quand que quel quelle
  qui rien sa sans se ses si sommes son sont sous suis sur ta te tes toi ton toujours tous tout toute très
  tu un une vers vos votre vous ça
`);

const es = words(`
  a al algo ante antes aquí así aunque cada como con contra cual cuál cuando de del desde donde dos el él
  ella ellas ellos en entonces entre era es esa ese eso esta está estaba están estas este esto estos fue
  ha había hace han hasta hay la las le les lo los más me mi mis mismo mucho muy nada ni no nos nosotros o
  otra otro para pero poco por porque que qué se sea ser si sí sin sobre son su sus también tan te tengo
  tiene todo todos tu tus un una uno unos usted y ya yo
`);

const fi = words(`
  aina alle ei eikä eli enää erittäin että he heidän hyvin hän hänen ilman ja jo joka jokin joku jonka jos
  jota joita jotta kaikki kanssa koska kuin kuka kun kyllä me meidän miksi mikä milloin minua minulla
  minulle minun minä missä mitä mitään mukaan mutta myös ne niiden niin niitä nyt nämä oli olen olemme
  olette olisi olla ollaan ollut on ole ovat paljon pitää se sekä sen siellä siihen siinä siis siitä sillä
  sinne sinun sinä sitä tai te teidän tuo tämä tämän tänne tässä tätä täytyy täällä vaikka vain vielä voi
  voisi yli
`);

const sv = words(`
  alla att av bara blev blir de dem den denna deras dessa det detta dig din dina ditt du där efter eller
  en er era ert ett från för hade han hans har henne hennes honom hon hur här inte jag ju kan man med men
  mig min mina mitt mot mycket ni nog nu när och också om oss på redan sedan sig sin sina sitt ska skulle
  som så till under upp ut utan vad var vara varför varit vi vid vilka vilken vilket vår våra vårt än är
  åt över
`);

const nl = words(`
  aan al alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door dus een eens en
  er erg ge geen geweest gewoon haar had heb hebben heeft heel hem het hier hij hoe hun iemand iets ik in
  is ja je kan kon kunnen maar me meer men met mij mijn moet na naar niet niets nog nu of om omdat ons ook
  op over reeds te tegen toch toen tot u uit uw van veel voor want waren was wat wel werd wie wil worden
  wordt zal ze zelf zich zij zijn zo zonder zou
`);

const pt = words(`
  a ainda antes ao aos aqui as até com como da das de dela dele depois do dos e é ela elas ele eles em
  entre então era essa esse esta está estão estava este estou eu foi há isso isto já lhe mais mas me mesmo
  meu minha muito na não nas nem no nos nós num numa o onde os ou para pela pelo por porque pouco qual
  quando que quem se sem sempre ser seu seus só sobre sua suas são também te tem tenho ter todas todos
  tudo um uma você vocês
`);

const pl = words(`
  a aby ale bardzo bez bo by był była było były być co coś czy czego dla do gdy gdzie go i ich im ja jak
  jaki jakie jako jednak jego jej jeszcze jeśli jest jestem już ją kiedy która które który którzy lub mi
  mnie moja moje może można mój mu my na nad nam nas nawet nic nich nie niej nim niż o od on ona one oni
  ono oraz po pod przez przy się sobie są tak także tam te tego tej ten też to tu twój ty tylko tym u w we
  wszystko więc wy z za ze że żeby
`);

/** Stop words by locale (lowercase letters only); `ja` is empty because Japanese is cut into bigrams. */
export const STOP_WORDS: Readonly<Record<string, readonly string[]>> = {
  en,
  de,
  fr,
  es,
  fi,
  sv,
  nl,
  pt,
  pl,
  ja: [],
};

// One set for every locale: a comment's locale is known, but short comments often mix languages.
const ALL_STOP_WORDS: ReadonlySet<string> = new Set(
  Object.keys(STOP_WORDS).reduce<string[]>((words, locale) => words.concat(STOP_WORDS[locale] ?? []), []),
);

/**
 * Whether a word is a stop word in any supported locale (case-insensitive).
 * @example
 * isStopWord('The') // true
 * isStopWord('über') // true
 * isStopWord('password') // false
 */
export function isStopWord(word: string): boolean {
  return ALL_STOP_WORDS.has(word.toLowerCase());
}
