// Table types of the ideas' photos (migration 2026-12-01-ideas-photos), added to the core's
// Database type, and the names the core photo functions get.
import type { PhotoFilesTableColumns, PhotosTableColumns, PhotoTables } from "../../../core/photos/store";

export interface IdeaPhotosTable extends PhotosTableColumns {
  idea_id: number;
}

declare module "../../../core/db/types" {
  interface Database {
    idea_photos: IdeaPhotosTable;
    idea_photo_files: PhotoFilesTableColumns;
  }
}

export const IDEA_PHOTO_TABLES: PhotoTables = {
  photos: "idea_photos",
  files: "idea_photo_files",
  itemColumn: "idea_id",
};
