// Photos of an idea (up to four) and their stored sizes. The images live in the database: app
// processes share nothing on local disk, and a database backup holds everything (docs/photos.md).
// Deleting an idea deletes its photos and their files (foreign keys with on delete cascade).
// Never imports app code, so it stays runnable forever.
import { sql, type Kysely } from "kysely";
import { dialectOf, withId } from "../../../core/db/schema";

export async function up(db: Kysely<any>): Promise<void> {
  const d = dialectOf(db);
  await withId(db.schema.createTable("idea_photos"), d)
    .addColumn("idea_id", "integer", (c) => c.notNull().references("ideas.id").onDelete("cascade"))
    // The order on the page, 1 to 4 with no gaps; 1 is the list's thumbnail. With the unique
    // constraint the database itself never holds a fifth photo, whatever two requests race.
    .addColumn("position", "integer", (c) => c.notNull().check(sql`"position" between 1 and 4`))
    .addColumn("alt_text", "text", (c) => c.notNull())
    .addColumn("width", "integer", (c) => c.notNull())
    .addColumn("height", "integer", (c) => c.notNull())
    .addColumn("hash", "text", (c) => c.notNull())
    .addColumn("uploaded_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("idea_photos_position", ["idea_id", "position"])
    .execute();

  await db.schema
    .createTable("idea_photo_files")
    .addColumn("photo_id", "integer", (c) => c.notNull().references("idea_photos.id").onDelete("cascade"))
    .addColumn("variant", "text", (c) => c.notNull())
    .addColumn("width", "integer", (c) => c.notNull())
    .addColumn("height", "integer", (c) => c.notNull())
    .addColumn("bytes", d === "postgres" ? "bytea" : "blob", (c) => c.notNull())
    .addPrimaryKeyConstraint("idea_photo_files_pk", ["photo_id", "variant"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("idea_photo_files").ifExists().execute();
  await db.schema.dropTable("idea_photos").ifExists().execute();
}
