"use client";

import { useActionState, useState } from "react";
import { addArticle, type AddArticleState } from "./actions";

const input = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2";
type Source = "paste" | "file" | "url";

function Problem({ state, name }: { state: AddArticleState; name: string }) {
  const message = state.fields?.[name]?.[0];
  return message ? (
    <p id={`${name}-error`} className="mt-1 text-sm text-red-700">
      {message}
    </p>
  ) : null;
}

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
  const invalid = (name: string) => (state.fields?.[name] ? { "aria-invalid": true as const, "aria-describedby": `${name}-error` } : {});

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
        <label htmlFor="content" className="text-sm font-medium">
          Text
        </label>
        <textarea id="content" name="content" rows={14} defaultValue={v.content} className={`${input} font-mono text-sm`} {...invalid("content")} />
        <Problem state={state} name="content" />
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
        <label htmlFor="file" className="text-sm font-medium">
          File (.txt, .md or .html, UTF-8, up to 2 MB)
        </label>
        <input id="file" name="file" type="file" accept=".txt,.md,.markdown,.html,.htm,text/plain,text/html,text/markdown" className="mt-1 block text-sm" {...invalid("file")} />
        <Problem state={state} name="file" />
      </div>
      <div hidden={source !== "url"}>
        <label htmlFor="url" className="text-sm font-medium">
          Web address
        </label>
        <input id="url" name="url" type="url" placeholder="https://…" defaultValue={v.url} className={input} {...invalid("url")} />
        <Problem state={state} name="url" />
      </div>

      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="title" className="text-sm font-medium">
            Title <span className="font-normal text-slate-500">(optional: found in the article)</span>
          </label>
          <input id="title" name="title" defaultValue={v.title} className={input} {...invalid("title")} />
          <Problem state={state} name="title" />
        </div>
        <div>
          <label htmlFor="outlet" className="text-sm font-medium">
            Outlet <span className="font-normal text-slate-500">(optional)</span>
          </label>
          <input id="outlet" name="outlet" defaultValue={v.outlet} className={input} {...invalid("outlet")} />
          <Problem state={state} name="outlet" />
        </div>
        <div>
          <label htmlFor="language" className="text-sm font-medium">
            Language
          </label>
          <select id="language" name="language" defaultValue={v.language ?? ""} className={input}>
            <option value="">Detect</option>
            <option value="fr">French</option>
            <option value="en">English</option>
          </select>
        </div>
        <div>
          <label htmlFor="publishedAt" className="text-sm font-medium">
            Published <span className="font-normal text-slate-500">(optional)</span>
          </label>
          <input id="publishedAt" name="publishedAt" type="datetime-local" defaultValue={v.publishedAt} className={input} {...invalid("publishedAt")} />
          <Problem state={state} name="publishedAt" />
        </div>
      </div>
      <button type="submit" disabled={pending} className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? "Reading the article…" : "Add article and suggest claims"}
      </button>
    </>
  );
}
