"use client";

import { useEffect, useId, useState } from "react";
import { sourceKinds } from "@/lib/claims/claim-enums";
import type { SourceOption } from "@/lib/sources/search-sources";
import { inputClass } from "@/app/_components/form-parts";
import { searchSourcesAction } from "./claim-actions";

export type ClaimantDraft = { name: string; sourceId: string | null; sourceKind: string | null; kind: string };

/**
 * Who makes the claim: type a name and pick a known source from the suggestions (searched over
 * names and aliases, each shown with its kind), or keep the name as written, optionally saving it
 * as a new source of a chosen kind. An ARIA combobox: arrows move through the suggestions, Enter
 * picks, Escape closes.
 */
export function ClaimantPicker({ value, onChange, error }: { value: ClaimantDraft; onChange: (value: ClaimantDraft) => void; error?: string }) {
  const id = useId();
  const [options, setOptions] = useState<SourceOption[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [query, setQuery] = useState<string | null>(null);

  useEffect(() => {
    if (query === null) return;
    let live = true;
    const timer = setTimeout(() => {
      void searchSourcesAction(query).then((found) => {
        if (!live) return;
        setOptions(found);
        setActive(-1);
        setOpen(true);
      });
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query]);

  const pick = (source: SourceOption) => {
    onChange({ name: source.name, sourceId: source.id, sourceKind: source.kind, kind: "" });
    setOpen(false);
  };

  return (
    <div className="space-y-2">
      <div className="relative">
        <label htmlFor={`${id}-name`} className="block text-sm font-medium">Claimant</label>
        <input
          id={`${id}-name`}
          role="combobox"
          aria-expanded={open && options.length > 0}
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          aria-activedescendant={open && active >= 0 ? `${id}-option-${active}` : undefined}
          aria-describedby={`${id}-linked`}
          aria-invalid={error ? true : undefined}
          autoComplete="off"
          value={value.name}
          className={inputClass}
          onChange={(e) => {
            onChange({ name: e.target.value, sourceId: null, sourceKind: null, kind: value.kind });
            setQuery(e.target.value);
          }}
          onFocus={() => setQuery(value.name)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={(e) => {
            if (e.key === "ArrowDown" || e.key === "ArrowUp") {
              e.preventDefault();
              setOpen(true);
              const step = e.key === "ArrowDown" ? 1 : -1;
              setActive((i) => (options.length === 0 ? -1 : (i + step + options.length) % options.length));
            } else if (e.key === "Enter" && open && active >= 0 && options[active]) {
              e.preventDefault();
              pick(options[active]);
            } else if (e.key === "Escape" && open) {
              e.stopPropagation();
              setOpen(false);
            }
          }}
        />
        {open && options.length > 0 ? (
          <ul id={`${id}-list`} role="listbox" aria-label="Known sources" className="absolute z-20 mt-1 max-h-60 w-full overflow-auto rounded-md border border-slate-300 bg-white shadow">
            {options.map((source, i) => (
              <li
                key={source.id}
                id={`${id}-option-${i}`}
                role="option"
                aria-selected={i === active}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => pick(source)}
                className={`cursor-pointer px-3 py-1.5 ${i === active ? "bg-brand-100" : ""}`}
              >
                <span className="font-medium">{source.name}</span> <span className="text-slate-600">· {source.kind}</span>
                {source.aliases.length ? <span className="block text-xs text-slate-500">also {source.aliases.join(", ")}</span> : null}
              </li>
            ))}
          </ul>
        ) : null}
        {error ? <p className="text-red-700">{error}</p> : null}
      </div>
      <p id={`${id}-linked`} className="text-slate-600" data-testid="claimant-source">
        {value.sourceId ? `Known source${value.sourceKind ? ` (${value.sourceKind})` : ""}.` : value.name.trim() ? "Not linked to a known source." : ""}
      </p>
      {!value.sourceId && value.name.trim() ? (
        <div>
          <label htmlFor={`${id}-kind`} className="block text-sm font-medium">Save as a new source</label>
          <select id={`${id}-kind`} value={value.kind} onChange={(e) => onChange({ ...value, kind: e.target.value })} className={inputClass}>
            <option value="">No, keep the name only</option>
            {sourceKinds.map((k) => <option key={k} value={k}>{k}</option>)}
          </select>
        </div>
      ) : null}
    </div>
  );
}
