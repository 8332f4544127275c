// Table types of the budget projects' photos (migration 2026-12-01-budgeting-photos), added to
// the core's Database type, and the names the core photo functions get.
import type { PhotoFilesTableColumns, PhotosTableColumns, PhotoTables } from "../../../core/photos/store";

export interface BudgetProjectPhotosTable extends PhotosTableColumns {
  project_id: number;
}

declare module "../../../core/db/types" {
  interface Database {
    budget_project_photos: BudgetProjectPhotosTable;
    budget_project_photo_files: PhotoFilesTableColumns;
  }
}

export const PROJECT_PHOTO_TABLES: PhotoTables = {
  photos: "budget_project_photos",
  files: "budget_project_photo_files",
  itemColumn: "project_id",
};
