import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/prisma";
import { testDatabaseUrl } from "@/lib/testing/scratch-database";
import { searchSources } from "./search-sources";
import { sourceNameKey } from "./source-key";

const db = createPrismaClient(testDatabaseUrl());
afterAll(() => db.$disconnect());

describe("searchSources", () => {
  it("finds a source by part of its name or of an alias, ignoring case and accents, with its kind", async () => {
    const tag = `Zqx${Date.now()}`;
    const name = `Ministère ${tag} des Armées`;
    const source = await db.source.create({ data: { name, nameKey: sourceNameKey(name), kind: "institution", aliases: [`l’Hôtel de Brienne ${tag}`] } });
    await db.source.create({ data: { name: `Other ${tag}`, nameKey: sourceNameKey(`Other ${tag}`), kind: "person" } });

    expect((await searchSources(db, `ministere ${tag.toLowerCase()}`)).map((s) => s.id)).toEqual([source.id]);
    const byAlias = await searchSources(db, `hotel de brienne ${tag}`);
    expect(byAlias).toEqual([{ id: source.id, name, kind: "institution", aliases: [`l’Hôtel de Brienne ${tag}`], description: null }]);
    expect((await searchSources(db, tag)).map((s) => s.name)).toEqual([name, `Other ${tag}`]);
    expect(await searchSources(db, `${tag} nobody`)).toEqual([]);
  });

});
