/**
 * The pictogram of each control of the kiosk (Fluent Emoji Flat names; "base-plus-badge" combines two). Each
 * choice has its own picture and no picture means two things: a visitor who cannot read tells the controls
 * apart by their pictures alone (tests/unit/pictograms.test.ts). The three text sizes show a small, medium and
 * large letter instead (TextSizeLetter).
 */
export const CONTROL_PICTOGRAMS = {
  home: 'house',
  back: 'left-arrow',
  listenAgain: 'ear',
  play: 'play-button',
  pause: 'pause-button',
  help: 'red-question-mark',
  settings: 'gear',
  moreDetail: 'magnifying-glass-tilted-left',
  lessDetail: 'page-facing-up',
  presenter: 'speaking-head',
  question: 'index-pointing-at-the-viewer',
  references: 'mobile-phone-with-arrow',
  credits: 'clapper-board',
  about: 'information',
  touchHere: 'backhand-index-pointing-up',
  stillThere: 'waving-hand',
  contrast: 'black-large-square-plus-white-large-square',
  slowVoice: 'mouth-plus-turtle',
  normalVoice: 'mouth',
  fastVoice: 'mouth-plus-rabbit',
  volumeUp: 'speaker-high-volume',
  volumeDown: 'speaker-low-volume',
  scanning: 'red-circle-plus-backhand-index-pointing-down',
  close: 'check-mark-button',
  /** Ends the workshop: a stop sign, never the check mark that reads as "OK". */
  endWorkshop: 'stop-sign',
  /** The list of all the workshop's questions, apart from hearing one (question). */
  questionList: 'clipboard',
  pageUp: 'upwards-button',
  pageDown: 'downwards-button',
  /** Beside the notice of a clip that cannot be played. */
  soundMissing: 'muted-speaker',
} as const;
