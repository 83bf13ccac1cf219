import type { Bilingual } from '../state/lang';

/** Every string the reading app shows, in both languages. */
export const ui = {
  bookTitle: { ko: '밑바닥부터 배우는 신경망', en: 'Neural Networks from Scratch' },
  bookSubtitle: {
    ko: '뉴런 하나에서 MNIST까지: 슬라이더를 움직이며 순전파와 역전파를 직접 보는 인터랙티브 교재',
    en: 'From one neuron to MNIST: an interactive textbook where you drag the weights and watch values flow forward and gradients flow back',
  },
  contents: { ko: '목차', en: 'Contents' },
  closeContents: { ko: '목차 닫기', en: 'Close contents' },
  chapter: { ko: '장', en: 'Chapter' },
  chapterN: { ko: '제 {n}장', en: 'Chapter {n}' },
  comingSoon: { ko: '준비 중', en: 'Coming soon' },
  comingSoonBody: {
    ko: '이 장은 아직 집필 중입니다. 완성되면 이 주소에서 바로 읽을 수 있습니다. 그동안 목차의 다른 장을 읽어 보세요.',
    en: 'This chapter is still being written. When it is finished it will appear at this address. Meanwhile, the finished chapters are marked in the contents.',
  },
  previous: { ko: '이전', en: 'Previous' },
  next: { ko: '다음', en: 'Next' },
  chapterNav: { ko: '장 이동', en: 'Chapter navigation' },
  language: { ko: '언어', en: 'Language' },
  switchLang: { ko: 'Read in English', en: '한국어로 읽기' },
  switchLangShort: { ko: 'EN', en: '한국어' },
  theme: { ko: '테마', en: 'Theme' },
  themeSystem: { ko: '시스템 설정', en: 'System' },
  themeLight: { ko: '밝게', en: 'Light' },
  themeDark: { ko: '어둡게', en: 'Dark' },
  themeProjector: { ko: '프로젝터', en: 'Projector' },
  themeButton: { ko: '테마: {mode} (눌러서 바꾸기)', en: 'Theme: {mode} (press to change)' },
  notFoundTitle: { ko: '페이지를 찾을 수 없습니다', en: 'Page not found' },
  notFoundBody: {
    ko: '{path} 주소에는 아무것도 없습니다. 주소가 바뀌었거나 오타가 있을 수 있습니다. 아래 목차에서 원하는 장을 찾아 보세요.',
    en: 'There is nothing at {path}. The address may have changed or contain a typo. Pick a chapter from the contents below.',
  },
  startReading: { ko: '1장부터 읽기', en: 'Start with chapter 1' },
  presentSlides: { ko: '슬라이드로 보기', en: 'Present as slides' },
  slideNofM: { ko: '슬라이드 {n} / {total}', en: 'Slide {n} of {total}' },
  slidesProgress: { ko: '슬라이드 진행', en: 'Slide progress' },
  previousSlide: { ko: '이전 슬라이드', en: 'Previous slide' },
  nextSlide: { ko: '다음 슬라이드', en: 'Next slide' },
  fullscreen: { ko: '전체 화면 (F)', en: 'Fullscreen (F)' },
  exitSlides: { ko: '읽기 모드로 (Esc)', en: 'Back to reading (Esc)' },
  slidesKeysHelp: {
    ko: '→ / Space: 다음 · ←: 이전 · Home / End: 처음 / 끝 · F: 전체 화면 · Esc: 읽기 모드',
    en: '→ / Space: next · ←: previous · Home / End: first / last · F: fullscreen · Esc: reading mode',
  },
  updateAvailable: { ko: '새 버전의 교재가 있습니다.', en: 'A new version of the book is available.' },
  reloadToUpdate: { ko: '새로 고쳐 업데이트', en: 'Reload to update' },
  later: { ko: '나중에', en: 'Later' },
  close: { ko: '닫기', en: 'Close' },
  offlineReady: { ko: '이제 오프라인에서도 이 교재 전체를 읽을 수 있습니다.', en: 'The whole book now works offline.' },
  glossary: { ko: '용어집', en: 'Glossary' },
  glossaryLead: {
    ko: '이 책에 나오는 용어를 한국어와 영어로 함께 정리했습니다. 각 장에서 용어가 처음 나올 때 밑줄 친 용어에 마우스를 올리거나 포커스하면 같은 설명을 볼 수 있습니다.',
    en: "The book's terms in Korean and English. In each chapter, a term's first use is underlined: hover or focus it to see the same explanation.",
  },
  glossaryFilter: { ko: '용어 찾기', en: 'Find a term' },
  continueReading: { ko: '이어서 읽기', en: 'Continue reading' },
  loading: { ko: '불러오는 중…', en: 'Loading…' },
  skipToContent: { ko: '본문으로 건너뛰기', en: 'Skip to content' },
  chapterLoadFailed: {
    ko: '이 장을 불러오지 못했습니다. 네트워크를 확인한 뒤 새로 고침해 주세요.',
    en: 'This chapter could not be loaded. Check your connection and reload the page.',
  },
} satisfies Record<string, Bilingual>;

export { fill } from '../state/lang';
