/** The place in the compact header where the questionnaire shows its step and progress (a Teleport target). */
export const SCAN_STATUS_ID = 'app-header-status'
