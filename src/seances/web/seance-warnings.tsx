/** The non-blocking warnings about a séance (public holiday, Sunday, long séance, hours planned). */
export function SeanceWarnings({ messages, title }: { messages: readonly string[]; title: string }) {
  if (messages.length === 0) return null;
  return (
    <div className="notice notice-warning" role="status">
      <p>
        <strong>{title}</strong>
      </p>
      <ul className="warning-list">
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </div>
  );
}
