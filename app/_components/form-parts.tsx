// Pieces every form of the app shares: a labelled field with its error wired for screen readers,
// and the line that reports what a submission did.

/** What a server action gives back to its form. */
export type FormFeedback = { ok?: string; error?: string; fields?: Record<string, string[]> };

export const inputClass = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-1.5";

/** Props marking a control invalid and pointing it at its error message. */
export function invalidProps(feedback: FormFeedback, name: string, id: string) {
  return feedback.fields?.[name] ? { "aria-invalid": true as const, "aria-describedby": `${id}-error` } : {};
}

export function Field({
  id,
  label,
  hint,
  name,
  feedback,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  name: string;
  feedback: FormFeedback;
  children: React.ReactNode;
}) {
  const message = feedback.fields?.[name]?.[0];
  return (
    <div>
      <label htmlFor={id} className="text-sm font-medium">
        {label} {hint ? <span className="font-normal text-slate-500">({hint})</span> : null}
      </label>
      {children}
      {message ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {message}
        </p>
      ) : null}
    </div>
  );
}

/** The submit button and, beside it, what the last submission did (announced politely). */
const buttonClass = {
  primary: "rounded-md bg-brand-600 px-4 py-2 text-white hover:bg-brand-700 disabled:opacity-60",
  secondary: "rounded-md border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-60",
};

export function SubmitRow({
  label,
  pending,
  feedback,
  className = "",
  variant = "primary",
}: {
  label: string;
  pending: boolean;
  feedback: FormFeedback;
  className?: string;
  variant?: keyof typeof buttonClass;
}) {
  return (
    <div className={`flex flex-wrap items-center gap-3 ${className}`}>
      <button type="submit" disabled={pending} className={buttonClass[variant]}>
        {label}
      </button>
      <p role="status" className={feedback.error ? "text-sm text-red-700" : "text-sm text-emerald-700"}>
        {feedback.error ?? feedback.ok}
      </p>
    </div>
  );
}
