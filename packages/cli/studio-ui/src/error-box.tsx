import { StudioApiError } from './api';

/** A failed call, with its code and, for a validation error, each field's problem. */
export function ErrorBox({ error }: { error: unknown }) {
  if (!error) return null;
  const body =
    error instanceof StudioApiError
      ? error.body
      : { code: 'ERROR', message: error instanceof Error ? error.message : String(error) };
  return (
    <div class="error" role="alert">
      <strong class="error-code">{body.code}</strong> {body.message}
      {body.violations?.length ? (
        <ul>
          {body.violations.map((violation) => (
            <li key={violation.property}>
              <code>{violation.property}</code>: {Object.values(violation.constraints).join('; ')}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
