/**
 * Which language an answer is written in, well enough to decline scoring
 * anything but English. Non-Latin scripts are named by script; Latin-script
 * languages by their most frequent function words. Technical terms are
 * English in every language, so the function words decide, not the nouns.
 */
const FUNCTION_WORDS: Readonly<Record<string, string>> = {
  en: 'the and of to a in is it that for was with on as i we this be are at by not or have but from they which you',
  es: 'el la los las de del que y en un una es por con para no se lo al como más pero sus le ya o este esta fue muy cuando',
  fr: 'le la les des de du et est un une que qui dans pour pas sur au aux ce cette il elle nous je avec son sont mais ou',
  de: 'der die das und ist nicht ein eine zu den dem des mit auf für im sich auch es ich wir sie von bei aus wenn dass oder',
  pt: 'o a os as de do da dos das que e em um uma para com não por se mais mas foi ao como na no eu nós isso',
  it: 'il lo la gli le di del della che e è un una per con non si da in al dei sono ma anche come questo io noi',
  nl: 'de het een en van is dat op te in niet voor met zijn er maar ook als aan ik wij we dit naar bij door',
  pl: 'i w na z do się jest nie że to jak po co o tak ale za od przez jego ich ja my był była być',
  sv: 'och att det som en på är av för med till den inte har de om ett jag vi var men så från',
};

const SETS = Object.fromEntries(
  Object.entries(FUNCTION_WORDS).map(([lang, words]) => [lang, new Set(words.split(' '))]),
) as Record<string, Set<string>>;

/** Word → the languages it is a function word of, for one pass over the answer. */
const LANGUAGES_OF = new Map<string, string[]>();
for (const [lang, set] of Object.entries(SETS)) for (const w of set) LANGUAGES_OF.set(w, [...(LANGUAGES_OF.get(w) ?? []), lang]);

const SCRIPTS: readonly [RegExp, string][] = [
  [/[\u0400-\u04FF]/g, 'ru'],
  [/[\u3040-\u30FF]/g, 'ja'],
  [/[\u4E00-\u9FFF]/g, 'zh'],
  [/[\uAC00-\uD7AF]/g, 'ko'],
  [/[\u0600-\u06FF]/g, 'ar'],
  [/[\u0590-\u05FF]/g, 'he'],
  [/[\u0900-\u097F]/g, 'hi'],
  [/[\u0370-\u03FF]/g, 'el'],
  [/[\u0E00-\u0E7F]/g, 'th'],
];

export interface LanguageGuess {
  readonly language: string;
  readonly english: boolean;
}

export function detectLanguage(text: string): LanguageGuess {
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  if (letters === 0) return { language: 'en', english: true };
  for (const [re, lang] of SCRIPTS) {
    const n = (text.match(re) ?? []).length;
    // Japanese text mixes kana with kanji: check kana before the Han range.
    if (n / letters > 0.3) return { language: lang, english: false };
  }
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 4) return { language: 'en', english: true };
  const counts = new Map<string, number>();
  for (const w of words) for (const lang of LANGUAGES_OF.get(w) ?? []) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  let best = 'en';
  let bestCount = -1;
  for (const lang of Object.keys(FUNCTION_WORDS)) {
    const count = counts.get(lang) ?? 0;
    if (count > bestCount) {
      best = lang;
      bestCount = count;
    }
  }
  const enCount = counts.get('en') ?? 0;
  // English needs a clear loss: code-switched answers with English sentences still score.
  // A foreign verdict needs real evidence: several function words, a fair share of the text.
  const foreignEvidence = bestCount >= 3 && bestCount / words.length >= 0.12;
  const english = best === 'en' || !foreignEvidence || enCount >= bestCount * 0.6;
  return { language: english ? 'en' : best, english };
}
