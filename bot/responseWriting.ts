import type { Response } from 'restify';

/**
 * Writing a response failed. It carries only the response's status: the underlying error may quote the body it
 * failed on, and an answer to a card can hold product keys, while botbuilder and our server log such an error whole.
 */
export class ResponseNotWrittenError extends Error {
  constructor(readonly statusCode: number) {
    super(`The response could not be written (status ${statusCode})`);
    this.name = 'ResponseNotWrittenError';
  }
}

/** The response, its `send` failing with a ResponseNotWrittenError whatever the underlying failure says. */
export function withBodyKeptOutOfErrors(res: Response): Response {
  const send = res.send.bind(res);
  res.send = ((...args: Parameters<Response['send']>) => {
    try {
      send(...args);
    } catch {
      throw new ResponseNotWrittenError(res.statusCode);
    }
  }) as Response['send'];
  return res;
}
