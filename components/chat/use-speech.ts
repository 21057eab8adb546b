"use client";

import { useCallback, useRef, useState, useSyncExternalStore } from "react";

// The Web Speech API is in the browser only, under a prefixed name in some; the DOM types lack it.
type Recognition = {
  lang: string;
  interimResults: boolean;
  continuous: boolean;
  onresult: ((event: { results: ArrayLike<ArrayLike<{ transcript: string }>> }) => void) | null;
  onend: (() => void) | null;
  onerror: (() => void) | null;
  start: () => void;
  stop: () => void;
};
type RecognitionConstructor = new () => Recognition;

function recognitionConstructor(): RecognitionConstructor | null {
  const w = window as unknown as { SpeechRecognition?: RecognitionConstructor; webkitSpeechRecognition?: RecognitionConstructor };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition ?? null;
}

const noSubscription = () => () => {};

/** Whether the browser has a feature: false while rendering on the server, the truth once in the browser. */
const useBrowserHas = (has: () => boolean) => useSyncExternalStore(noSubscription, has, () => false);

/** Dictation where the browser offers it: no audio ever reaches the server. */
export function useDictation(onText: (text: string) => void) {
  const supported = useBrowserHas(() => recognitionConstructor() !== null);
  const [listening, setListening] = useState(false);
  const current = useRef<Recognition | null>(null);
  const start = useCallback(() => {
    const Constructor = recognitionConstructor();
    if (!Constructor) return;
    const recognition = new Constructor();
    recognition.lang = navigator.language;
    recognition.interimResults = false;
    recognition.continuous = false;
    recognition.onresult = (event) => {
      const text = Array.from(event.results, (result) => result[0]?.transcript ?? "").join(" ");
      if (text.trim()) onText(text.trim());
    };
    recognition.onend = () => setListening(false);
    recognition.onerror = () => setListening(false);
    current.current = recognition;
    setListening(true);
    recognition.start();
  }, [onText]);
  const stop = useCallback(() => current.current?.stop(), []);
  return { supported, listening, start, stop };
}

/** Reading an answer aloud with the browser's own voices. */
export function useReadAloud() {
  const supported = useBrowserHas(() => "speechSynthesis" in window);
  const read = useCallback((text: string) => {
    window.speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = navigator.language;
    window.speechSynthesis.speak(utterance);
  }, []);
  return { supported, read };
}
