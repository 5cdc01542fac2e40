// Quotations printed on aid packages, one or more per language (ISO 639-3). The seed (26 March 2020)
// says packages carried Chinese classical sayings and lines by Hugo, Mandela and from Italian opera, and
// quotes Seneca's words on a banner in Milan; `basis` says how much of each entry the seed gives.

/** How an entry relates to the seed: its words are quoted there, its author is named there, or neither. */
export type QuotationBasis = 'seed-words' | 'seed-author' | 'illustrative';

/** A quotation that may be printed on a package for a recipient reading `language`. */
export interface Quotation {
  id: string;
  /** ISO 639-3 code, as world-countries lists a country's languages. */
  language: string;
  text: string;
  author: string;
  /** Where the words come from. */
  source: string;
  translationEn: string;
  translationZh: string;
  basis: QuotationBasis;
}

/** The quotation catalogue. */
export const QUOTATIONS: readonly Quotation[] = [
  {
    id: 'zho-qianli-tonghao',
    language: 'zho',
    text: '千里同好，坚于金石。',
    author: 'Chinese classical saying (先贤名言)',
    source: 'Named in the seed as printed on aid supplies.',
    translationEn: 'Friends a thousand li apart, bound firmer than metal and stone.',
    translationZh: '千里同好，坚于金石。',
    basis: 'seed-words',
  },
  {
    id: 'zho-wu-yi',
    language: 'zho',
    text: '岂曰无衣？与子同裳。',
    author: 'Book of Songs (《诗经·秦风·无衣》)',
    source: 'Shijing, c. 6th century BCE.',
    translationEn: 'Who says you have no clothes? I will share my robe with you.',
    translationZh: '岂曰无衣？与子同裳。',
    basis: 'illustrative',
  },
  {
    id: 'ita-seneca',
    language: 'ita',
    text: 'Siamo onde dello stesso mare, foglie dello stesso albero, fiori dello stesso giardino.',
    author: 'Seneca (attributed)',
    source: 'Quoted in the seed from the banner of the second Chinese medical team in Milan.',
    translationEn:
      'We are waves of the same sea, leaves of the same tree, flowers of the same garden.',
    translationZh: '我们是同海之浪，同树之叶，同园之花。',
    basis: 'seed-words',
  },
  {
    id: 'ita-turandot',
    language: 'ita',
    text: "Dilegua, o notte! Tramontate, stelle! All'alba vincerò!",
    author: 'Giuseppe Adami and Renato Simoni, for Puccini',
    source: 'Turandot (1926), the aria "Nessun dorma"; the seed names lines from Italian opera.',
    translationEn: 'Vanish, o night! Set, stars! At dawn I will win!',
    translationZh: '消散吧，黑夜！星星沉落吧！黎明时我将获胜！',
    basis: 'seed-author',
  },
  {
    id: 'fra-hugo',
    language: 'fra',
    text: 'Même la nuit la plus sombre prendra fin et le soleil se lèvera.',
    author: 'Victor Hugo (attributed)',
    source: 'Commonly attributed to Les Misérables (1862); the seed names Hugo.',
    translationEn: 'Even the darkest night will end and the sun will rise.',
    translationZh: '最黑暗的夜晚也会结束，太阳终将升起。',
    basis: 'seed-author',
  },
  {
    id: 'eng-mandela',
    language: 'eng',
    text: "It always seems impossible until it's done.",
    author: 'Nelson Mandela (attributed)',
    source: 'Widely attributed to Mandela; the seed names him.',
    translationEn: "It always seems impossible until it's done.",
    translationZh: '在事情未完成之前，一切总看似不可能。',
    basis: 'seed-author',
  },
  {
    id: 'deu-schiller',
    language: 'deu',
    text: 'Alle Menschen werden Brüder.',
    author: 'Friedrich Schiller',
    source: 'An die Freude (1785).',
    translationEn: 'All people become brothers.',
    translationZh: '四海之内皆兄弟。',
    basis: 'illustrative',
  },
  {
    id: 'spa-machado',
    language: 'spa',
    text: 'Caminante, no hay camino, se hace camino al andar.',
    author: 'Antonio Machado',
    source: 'Proverbios y cantares XXIX, Campos de Castilla (1912).',
    translationEn: 'Traveller, there is no road; the road is made by walking.',
    translationZh: '行者无路，路在脚下。',
    basis: 'illustrative',
  },
  {
    id: 'por-pessoa',
    language: 'por',
    text: 'Tudo vale a pena se a alma não é pequena.',
    author: 'Fernando Pessoa',
    source: 'Mar Português, Mensagem (1934).',
    translationEn: 'Everything is worthwhile if the soul is not small.',
    translationZh: '只要灵魂不渺小，一切都值得。',
    basis: 'illustrative',
  },
  {
    id: 'rus-proverb',
    language: 'rus',
    text: 'Друг познаётся в беде.',
    author: 'Russian proverb',
    source: 'Traditional.',
    translationEn: 'A friend is known in hardship.',
    translationZh: '患难见真情。',
    basis: 'illustrative',
  },
  {
    id: 'ara-proverb',
    language: 'ara',
    text: 'الصديق وقت الضيق',
    author: 'Arabic proverb',
    source: 'Traditional.',
    translationEn: 'A friend is there in hard times.',
    translationZh: '患难见真情。',
    basis: 'illustrative',
  },
  {
    id: 'fas-saadi',
    language: 'fas',
    text: 'بنی‌آدم اعضای یکدیگرند / که در آفرینش ز یک گوهرند',
    author: 'Saadi',
    source: 'Gulistan (1258), chapter 1.',
    translationEn: 'Human beings are members of one body, created of one essence.',
    translationZh: '亚当子孙皆兄弟，兄弟原本是同根。',
    basis: 'illustrative',
  },
  {
    id: 'srp-proverb',
    language: 'srp',
    text: 'Пријатељ се у невољи познаје.',
    author: 'Serbian proverb',
    source: 'Traditional; the seed says Serbia’s president approved the Serbian message himself.',
    translationEn: 'A friend is known in need.',
    translationZh: '患难见真情。',
    basis: 'illustrative',
  },
];
