/** The player's locale and the language Pay Station is asked for: ISO 639-1, so pt-BR is "pt". */
export const payStationLanguages = [
  ["en-US", "en"],
  ["zh-CN", "zh"],
  ["ja", "ja"],
  ["ko-KR", "ko"],
  ["de-DE", "de"],
  ["fr-FR", "fr"],
  ["es-419", "es"],
  ["pt-BR", "pt"],
  ["pt-PT", "pt"],
  ["ru-RU", "ru"],
  ["ar-EG", "ar"],
] as const;
