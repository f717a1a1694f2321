"use client";

import { useActionState } from "react";
import { Field, inputClass, invalidProps, SubmitRow } from "@/app/_components/form-parts";
import { correctArticleAction, type CorrectionState } from "./actions";

/** Correcting the article's title or text; its claims re-anchor on the new text. */
export function CorrectionForm({ articleId, version, title, text }: { articleId: string; version: number; title: string; text: string }) {
  const [state, action, pending] = useActionState<CorrectionState, FormData>(correctArticleAction, {});
  const v = state.values;
  return (
    <details className="mt-6 rounded-lg border border-slate-200 bg-white p-4" open={Boolean(state.error)}>
      <summary className="cursor-pointer font-medium">Correct the article</summary>
      <form action={action} className="mt-3 space-y-3" key={state.attempt ?? 0}>
        <input type="hidden" name="articleId" value={articleId} />
        <input type="hidden" name="version" value={version} />
        <Field id="correct-title" label="Title" name="title" feedback={state}>
          <input id="correct-title" name="title" defaultValue={v?.title ?? title} className={inputClass} {...invalidProps(state, "title", "correct-title")} />
        </Field>
        <Field id="correct-text" label="Text" name="text" feedback={state}>
          <textarea id="correct-text" name="text" rows={12} defaultValue={v?.text ?? text} className={`${inputClass} font-mono text-sm`} {...invalidProps(state, "text", "correct-text")} />
        </Field>
        <p className="text-sm text-slate-600">Claims follow their words: moved ones keep their place, changed ones are flagged for a look, and claims whose words are gone keep their quote and are listed as not found.</p>
        <SubmitRow label="Save correction" pending={pending} feedback={state} />
      </form>
    </details>
  );
}
