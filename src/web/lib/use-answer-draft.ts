import { useEffect, useRef, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';

/** Where an answer box keeps its draft on this device. */
export interface DraftSlot {
  /** Names the draft: when it changes, the box shows that draft instead. */
  readonly id: string;
  load(): string;
  save(text: string): void;
}

/**
 * The state of an answer box: the text, saved as it is typed; an empty
 * answer refused with focus back in the box; Ctrl+Enter (or ⌘+Enter) sends.
 */
export function useAnswerDraft(slot: DraftSlot, busy: boolean, onSubmit: (text: string) => void) {
  const [text, setText] = useState(() => slot.load());
  const [empty, setEmpty] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    setText(slot.load());
    setEmpty(false);
    // The slot's id names what load() reads: a new id, a new draft.
  }, [slot.id]);

  function change(value: string) {
    setText(value);
    setEmpty(false);
    slot.save(value);
  }

  function submit(event?: FormEvent) {
    event?.preventDefault();
    if (busy) return;
    if (text.trim() === '') {
      setEmpty(true);
      box.current?.focus();
      return;
    }
    onSubmit(text);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit();
  }

  return { text, empty, box, change, submit, onKeyDown };
}
