"use client";

import { useActionState, useState } from "react";
import { Field, inputClass as input, invalidProps } from "@/app/_components/form-parts";
import { addArticle, type AddArticleState } from "./actions";

type Source = "paste" | "file" | "url";

export function AddArticleForm() {
  const [state, action, pending] = useActionState<AddArticleState, FormData>(addArticle, {});
  // React resets a form after its action runs; remounting the fields from what the server gave
  // back (state.values) keeps everything the editor typed, the chosen source included.
  return (
    <form action={action} className="space-y-5" noValidate>
      <Fields key={state.attempt ?? 0} state={state} pending={pending} />
    </form>
  );
}

function Fields({ state, pending }: { state: AddArticleState; pending: boolean }) {
  const v = state.values ?? {};
  const [source, setSource] = useState<Source>((v.source as Source) || "paste");
  const invalid = (name: string) => invalidProps(state, name, name);

  return (
    <>
      {state.error ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {state.error}
        </p>
      ) : null}
      <fieldset>
        <legend className="text-sm font-medium">The article</legend>
        <div className="mt-2 flex flex-wrap gap-4 text-sm">
          {(
            [
              ["paste", "Paste text"],
              ["file", "Upload a file"],
              ["url", "Link to a web page"],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="flex items-center gap-2">
              <input type="radio" name="source" value={value} checked={source === value} onChange={() => setSource(value)} />
              {label}
            </label>
          ))}
        </div>
      </fieldset>

      <div hidden={source !== "paste"}>
        <Field id="content" label="Text" name="content" feedback={state}>
          <textarea id="content" name="content" rows={14} defaultValue={v.content} className={`${input} font-mono text-sm`} {...invalid("content")} />
        </Field>
        <label htmlFor="format" className="mt-2 block text-sm font-medium">
          Format
        </label>
        <select id="format" name="format" defaultValue={v.format || "text"} className="mt-1 rounded-md border border-slate-300 px-2 py-1 text-sm">
          <option value="text">Plain text</option>
          <option value="markdown">Markdown</option>
          <option value="html">HTML</option>
        </select>
      </div>
      <div hidden={source !== "file"}>
        <Field id="file" label="File" hint=".txt, .md or .html, UTF-8, up to 2 MB" name="file" feedback={state}>
          <input id="file" name="file" type="file" accept=".txt,.md,.markdown,.html,.htm,text/plain,text/html,text/markdown" className="mt-1 block text-sm" {...invalid("file")} />
        </Field>
      </div>
      <div hidden={source !== "url"}>
        <Field id="url" label="Web address" name="url" feedback={state}>
          <input id="url" name="url" type="url" placeholder="https://…" defaultValue={v.url} className={input} {...invalid("url")} />
        </Field>
      </div>

      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="title" label="Title" hint="optional: found in the article" name="title" feedback={state}>
          <input id="title" name="title" defaultValue={v.title} className={input} {...invalid("title")} />
        </Field>
        <Field id="outlet" label="Outlet" hint="optional" name="outlet" feedback={state}>
          <input id="outlet" name="outlet" defaultValue={v.outlet} className={input} {...invalid("outlet")} />
        </Field>
        <Field id="language" label="Language" name="language" feedback={state}>
          <select id="language" name="language" defaultValue={v.language ?? ""} className={input}>
            <option value="">Detect</option>
            <option value="fr">French</option>
            <option value="en">English</option>
          </select>
        </Field>
        <Field id="publishedAt" label="Published" hint="optional" name="publishedAt" feedback={state}>
          <input id="publishedAt" name="publishedAt" type="datetime-local" defaultValue={v.publishedAt} className={input} {...invalid("publishedAt")} />
        </Field>
      </div>
      <button type="submit" disabled={pending} className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? "Reading the article…" : "Add article and suggest claims"}
      </button>
    </>
  );
}
