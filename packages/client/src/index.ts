export const clientPlaceholder = true;
