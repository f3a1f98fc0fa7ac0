/** A finished voice note on this device: a local path to upload and how long it is. */
export interface VoiceClip {
  path: string
  durationMs: number
}

/** A recording under way: stop keeps it, cancel throws it away. */
export interface Recording {
  stop(): Promise<VoiceClip>
  cancel(): void
}

/**
 * Starts recording from the microphone, as MP3 (mono, 16 kHz): the one format both WeChat's
 * audio player and every browser play, at about 3 KB a second. Rejects when the microphone is
 * refused or missing. Recording stops by itself at `maxMs`; `stop()` then answers what was kept.
 */
export function startRecording(maxMs: number): Promise<Recording>
