// Who did something is stored as the account's username, which is not for the public: it helps
// password guessing and shows employees' account names. Reads give the person's display name
// (the username only where no account has it, e.g. a removed one).

/** SQL for the display name of the account whose username is in `column`. */
export const displayNameOf = (column: string) =>
  `COALESCE((SELECT u.display_name FROM users u WHERE u.username = ${column}), ${column})`;
