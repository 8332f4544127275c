// Where a project's own page is (photos, the process page's links, the data download).
export const projectUrl = (processId: number, projectId: number): string =>
  `/begroting/${processId}/projecten/${projectId}`;
