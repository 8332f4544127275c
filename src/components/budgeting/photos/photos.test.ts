import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/support/app";
import { testDatabases } from "../../../../test/support/databases";
import { PUBLIC_PHOTO_CACHE } from "../../../core/photos/serve";
import { jpegWithGps, webpPhoto } from "../../../core/photos/test/images";
import { imageSources, photoPart, storedPhotos, uploadPhoto } from "../../../core/photos/test/upload";
import { budgetingManifest } from "../manifest";
import { makeProcess, otherSite } from "../test/fixtures";
import { PROJECT_PHOTO_TABLES } from "./tables";

describe.each(testDatabases)("budgeting: photos of projects on $name", (database) => {
  let t: TestApp;
  let photo: Buffer;
  beforeAll(async () => {
    t = await createTestApp(database, { components: [budgetingManifest] });
    photo = await webpPhoto(400, 300);
  });
  afterAll(async () => {
    await t?.close();
  });
  const db = () => t.services.db.kysely;
  const photos = (projectId: number) => storedPhotos(db(), PROJECT_PHOTO_TABLES, projectId);

  /** A process open for proposals and a project the test resident proposed through the form. */
  async function proposed() {
    const { process } = await makeProcess(t, { phase: "submit", projects: [] });
    const resident = await t.agentFor(t.users.resident);
    const res = await resident.post(`/begroting/${process.id}/indienen`, {
      title: "Een bankje bij de bushalte",
      description: "Wachten is zwaar voor ouderen.",
      cost: "2500",
    });
    expect(res.statusCode).toBe(303);
    const project = await db()
      .selectFrom("budget_projects")
      .selectAll()
      .where("process_id", "=", process.id)
      .executeTakeFirstOrThrow();
    const url = `/begroting/${process.id}/projecten/${project.id}`;
    return { process, project, resident, url };
  }

  it("lets the resident who proposed a project add a photo; the project page and the list show it", async () => {
    const { process, resident, url, project } = await proposed();
    const page = await resident.get(url);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`href="${url}/fotos"`);
    const res = await uploadPhoto(resident, `${url}/fotos`, {
      bytes: await jpegWithGps(1000, 750),
      alt: "De bushalte zonder bankje",
    });
    expect(res.statusCode).toBe(303);
    const shown = await t.agent().get(url);
    const img = /<img class="photo"[^>]*>/.exec(shown.body)?.[0] ?? "";
    expect(img).toContain('alt="De bushalte zonder bankje"');
    expect(img).toContain('width="1000"');
    expect(img).toContain('height="750"');
    expect(img).toContain('loading="lazy"');
    expect(img).toMatch(/srcset="[^"]+ 480w, [^"]+ 960w, [^"]+ 1000w"/);
    expect(shown.body).not.toContain(`${url}/fotos"`); // no manage link for visitors
    const list = await t.agent().get(`/begroting/${process.id}`);
    expect(list.body).toContain(`href="${url}"`);
    const thumb = imageSources(/<img class="photo-thumb"[^>]*>/.exec(list.body)?.[0] ?? "")[0]!;
    const file = await t.agent().get(thumb);
    expect(file.statusCode).toBe(200);
    expect(file.headers["content-type"]).toBe("image/webp");
    expect(file.headers["cache-control"]).toBe(PUBLIC_PHOTO_CACHE);
    expect((await photos(project.id))[0]!.uploaded_by).toBe(t.users.resident.id);
  });

  it("refuses other residents, anonymous visitors, a missing CSRF token and another site; no change", async () => {
    const { url, project, resident } = await proposed();
    await uploadPhoto(resident, `${url}/fotos`, { bytes: photo });
    const [p] = await photos(project.id);
    const neighbour = await t.agentFor(await t.newUser());
    const neighbourUpload = await uploadPhoto(neighbour, `${url}/fotos`, { bytes: photo });
    expect(neighbourUpload.statusCode).toBe(403);
    expect(neighbourUpload.body).toContain("Alleen wie het project heeft ingediend");
    expect((await neighbour.post(`${url}/fotos/${p!.id}/verwijderen`)).statusCode).toBe(403);
    const anonymous = await uploadPhoto(t.agent(), `${url}/fotos`, { bytes: photo });
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toMatch(/^\/inloggen/);
    const noToken = await resident.postMultipart(`${url}/fotos`, [
      { name: "_csrf", value: null },
      photoPart({ bytes: photo }),
      { name: "alt", value: "Zonder token" },
    ]);
    expect(noToken.statusCode).toBe(403);
    expect((await resident.post(`${url}/fotos/${p!.id}/verwijderen`, { _csrf: "" })).statusCode).toBe(403);
    const other = await otherSite(t);
    const admin = await t.agentFor(other.admin);
    admin.host = other.host;
    expect((await uploadPhoto(admin, `${url}/fotos`, { bytes: photo })).statusCode).toBe(404);
    expect((await admin.get(`${url}/fotos/${p!.id}/${p!.hash}-thumb.webp`)).statusCode).toBe(404);
    expect(await photos(project.id)).toEqual([p]);
  });

  it("stops the proposer's changes once reviewed; officials go on, in the audit log", async () => {
    const { process, url, project, resident } = await proposed();
    const official = await t.agentFor(t.users.official);
    const review = await official.post(`/admin/begroting/${process.id}/projecten/${project.id}`, {
      cost: "3000",
      status: "feasible",
      reason: "",
    });
    expect(review.statusCode).toBe(303);
    expect((await uploadPhoto(resident, `${url}/fotos`, { bytes: photo })).statusCode).toBe(409);
    expect((await resident.get(url)).body).not.toContain(`${url}/fotos"`);
    expect((await uploadPhoto(official, `${url}/fotos`, { bytes: photo, alt: "Ontwerp" })).statusCode).toBe(303);
    const logged = await db()
      .selectFrom("audit_log")
      .select("action")
      .where("subject", "=", `budget_project:${project.id}`)
      .execute();
    expect(logged.map((l) => l.action)).toEqual(["budgeting.project.reviewed", "photo.added"]);
  });

  it("deletes a project's photos and files with the project", async () => {
    const { url, project, resident } = await proposed();
    await uploadPhoto(resident, `${url}/fotos`, { bytes: photo });
    const ids = (await photos(project.id)).map((p) => p.id);
    expect(ids).toHaveLength(1);
    await db().deleteFrom("budget_projects").where("id", "=", project.id).execute();
    expect(await photos(project.id)).toEqual([]);
    const files = await db()
      .selectFrom("budget_project_photo_files")
      .select("photo_id")
      .where("photo_id", "in", ids)
      .execute();
    expect(files).toEqual([]);
  });
});
