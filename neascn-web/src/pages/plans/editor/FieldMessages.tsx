import { errorId } from './fieldErrors';

export function FieldMessages({ path, messages }: { path: string; messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <div id={errorId(path)} className="field-error" role="alert" data-path={path}>
      {messages.map((m, i) => <p key={i}>{m}</p>)}
    </div>
  );
}
