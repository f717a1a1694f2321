import Link from "next/link";
import { requireUserForPage } from "@/lib/auth/current-user";
import { hasRole, type Role } from "@/lib/auth/roles";
import { signOut } from "../login/actions";

const roleLabel = { editor: "Editor", reviewer: "Reviewer", admin: "Admin" } as const;

/** The main menu, each entry shown from the least role that can use it (the pages check it too). */
const navLinks: { href: string; label: string; role: Role }[] = [
  { href: "/articles", label: "Articles", role: "editor" },
  { href: "/my-claims", label: "My claims", role: "editor" },
  { href: "/search", label: "Search", role: "editor" },
  { href: "/review", label: "Review", role: "reviewer" },
  { href: "/api-docs", label: "API", role: "editor" },
  { href: "/admin/users", label: "Users", role: "admin" },
  { href: "/admin/tokens", label: "API tokens", role: "admin" },
  { href: "/admin/settings", label: "Settings", role: "admin" },
];

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUserForPage();
  return (
    <div className="min-h-screen">
      {/* First stop for keyboard and screen-reader users: past the menu, straight to the page. */}
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-3 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-1">
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/articles" className="text-lg font-semibold text-brand-900">
            Claims tracker
          </Link>
          <nav aria-label="Main" className="flex gap-4 text-sm">
            {navLinks
              .filter((link) => hasRole(user.role, link.role))
              .map((link) => (
                <Link key={link.href} href={link.href} className="text-slate-700 hover:text-brand-700">
                  {link.label}
                </Link>
              ))}
          </nav>
          <div className="ml-auto flex items-center gap-3 text-sm">
            <span data-testid="current-user">
              <span className="font-medium">{user.name}</span>{" "}
              <span className="rounded-full bg-brand-100 px-2 py-0.5 text-xs font-medium text-brand-900" data-testid="current-role">
                {roleLabel[user.role]}
              </span>
            </span>
            <form action={signOut}>
              <button type="submit" className="rounded-md border border-slate-300 px-3 py-1 hover:bg-slate-100">
                Sign out
              </button>
            </form>
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 focus:outline-none">{children}</main>
    </div>
  );
}
